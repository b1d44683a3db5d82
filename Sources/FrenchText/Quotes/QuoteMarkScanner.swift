/// Pairs quotation marks paragraph by paragraph, at the character level, and returns the
/// top-level quoted regions (marks nested inside them stay part of their text).
///
/// - `« … »` and `‹ … ›` (with ordinary, no-break or narrow no-break padding spaces);
/// - `“ … ”`, `„ … “`, and `“ … ”` nested inside `« … »`;
/// - straight `" … "` paired by context (an opening mark follows a space and precedes a letter, or is glued to the
///   end of the previous sentence: `a-t-elle nuancé."Les pays voisins…"`);
/// - a `»` typed for `«` where a quote opens (`: » Je demande… »`), paired with the next `»`;
/// - straight `' … '` only when it cannot be an apostrophe (`l'Intérieur` is never a quote);
/// - French multi-paragraph quotes: a paragraph left open whose successor starts with `«`
///   (or the old-style `»`) continues into it, one region per paragraph, without warning;
/// - an unbalanced mark closes at the end of its paragraph, with a warning.
///
/// ```swift
/// // « Les plaines, c’est un bien public », a souligné le maire.
/// QuoteMarkScanner().regions(...)   // one region, content "Les plaines, c’est un bien public"
/// ```
struct QuoteMarkScanner: Sendable {
    /// Scans `paragraphs` (code-point ranges into `scalars`) and returns the regions in order,
    /// plus warnings for unbalanced marks.
    func regions(in scalars: [Unicode.Scalar], paragraphs: [Range<Int>]) -> (regions: [QuoteRegion], warnings: [FrenchTextError]) {
        var regions = [QuoteRegion]()
        var warnings = [FrenchTextError]()
        var carried: Unicode.Scalar? = nil  // opener of a quote continuing from the previous paragraph

        for (p, range) in paragraphs.enumerated() {
            var stack = [(mark: Unicode.Scalar, pos: Int)]()
            // A quote carried over from the previous paragraph reopens here.
            let reopened = carried.flatMap { Self.reopening($0, scalars, range) }
            carried = nil
            if let reopened { stack.append(reopened) }
            var continuing = reopened != nil
            var i = reopened.map { $0.pos + 1 } ?? range.lowerBound
            while i < range.upperBound {
                let c = scalars[i]
                switch c {
                case "«", "‹":
                    stack.append((c, i))
                case "»", "›":
                    let want: Unicode.Scalar = c == "»" ? "«" : "‹"
                    if let k = stack.lastIndex(where: { $0.mark == want }) {
                        if k == 0 { close(&regions, stack[0], at: i, paragraph: p, continuing: &continuing, scalars) }
                        stack.removeSubrange(k...)
                    } else if stack.isEmpty, c == "»", Self.opensReversed(scalars, i, range) {
                        stack.append(("«", i))  // » typed for «
                    } else if stack.isEmpty {
                        warnings.append(.unbalancedQuoteMark(detail: "closing \(c) without opening mark at offset \(i) (paragraph \(p))"))
                    }
                case "“":
                    if let k = stack.lastIndex(where: { $0.mark == "„" }) {
                        if k == 0 { close(&regions, stack[0], at: i, paragraph: p, continuing: &continuing, scalars) }
                        stack.removeSubrange(k...)
                    } else {
                        stack.append((c, i))
                    }
                case "”":
                    if let k = stack.lastIndex(where: { $0.mark == "“" || $0.mark == "„" || $0.mark == "”" }) {
                        if k == 0 { close(&regions, stack[0], at: i, paragraph: p, continuing: &continuing, scalars) }
                        stack.removeSubrange(k...)
                    } else if Self.opensHere(scalars, i, range) {
                        stack.append((c, i))  // ” used as an opening mark too
                    } else if stack.isEmpty {
                        warnings.append(.unbalancedQuoteMark(detail: "closing ” without opening mark at offset \(i) (paragraph \(p))"))
                    }
                case "\"":
                    let k = stack.lastIndex(where: { $0.mark == "\"" })
                    let opens = Self.opensHere(scalars, i, range) || (k == nil && Self.opensAfterSentenceEnd(scalars, i, range))
                    let closes = Self.closesHere(scalars, i, range) || (k != nil && Self.closesBeforeAWord(scalars, i, range))
                    if let k, closes || !opens {
                        if k == 0 { close(&regions, stack[0], at: i, paragraph: p, continuing: &continuing, scalars) }
                        stack.removeSubrange(k...)
                    } else if opens || k == nil {
                        if opens { stack.append((c, i)) }
                        else if !(i > range.lowerBound && scalars[i - 1].properties.numericType != nil) {
                            warnings.append(.unbalancedQuoteMark(detail: "stray \" at offset \(i) (paragraph \(p))"))
                        }
                    }
                case "„", "‘":
                    stack.append((c, i))
                case "’", "'":
                    // An apostrophe unless it closes an open single quote and no letter follows.
                    let next = i + 1 < range.upperBound ? scalars[i + 1] : nil
                    let letterAfter = next.map(Self.isWordScalar) ?? false
                    if !letterAfter, let k = stack.lastIndex(where: { $0.mark == "‘" || ($0.mark == "'" && c == "'") }),
                       i > range.lowerBound, !Self.isSpace(scalars[i - 1]) {
                        if k == 0 { close(&regions, stack[0], at: i, paragraph: p, continuing: &continuing, scalars) }
                        stack.removeSubrange(k...)
                    } else if c == "'", letterAfter, Self.opensHere(scalars, i, range) {
                        stack.append((c, i))
                    }
                default:
                    break
                }
                i += 1
            }
            // Marks still open at the end of the paragraph.
            carried = closeAtParagraphEnd(stack, paragraph: p, paragraphs, scalars, continuing: continuing, regions: &regions, warnings: &warnings)
        }
        return (regions, warnings)
    }

    /// The opener carried over from the previous paragraph, at the first mark of `range` when that mark reopens it.
    private static func reopening(_ open: Unicode.Scalar, _ scalars: [Unicode.Scalar], _ range: Range<Int>) -> (mark: Unicode.Scalar, pos: Int)? {
        let first = skipSpace(scalars, from: range.lowerBound, to: range.upperBound)
        guard first < range.upperBound, reopens(open, with: scalars[first]) else { return nil }
        return (open, first)
    }

    /// Closes the marks still open at the end of paragraph `p`: a quote the next paragraph reopens continues (its
    /// opener is returned, to be carried over), any other is closed here with a warning.
    private func closeAtParagraphEnd(_ stack: [(mark: Unicode.Scalar, pos: Int)], paragraph p: Int, _ paragraphs: [Range<Int>],
                                     _ scalars: [Unicode.Scalar], continuing: Bool, regions: inout [QuoteRegion],
                                     warnings: inout [FrenchTextError]) -> Unicode.Scalar? {
        let range = paragraphs[p]
        guard let bottom = stack.first else { return nil }
        let single = bottom.mark == "'" || bottom.mark == "‘"
        if single {
            // An opening single mark never closed was an apostrophe-like use: drop silently,
            // but a double quote opened after it may still be open.
            if let other = stack.first(where: { $0.mark != "'" && $0.mark != "‘" }) {
                warnings.append(.unbalancedQuoteMark(detail: "unbalanced \(other.mark) at offset \(other.pos) (paragraph \(p)): closed at the end of the paragraph"))
            }
            return nil
        }
        let nextFirst: Unicode.Scalar? = {
            guard p + 1 < paragraphs.count else { return nil }
            let r = paragraphs[p + 1]
            let f = Self.skipSpace(scalars, from: r.lowerBound, to: r.upperBound)
            return f < r.upperBound ? scalars[f] : nil
        }()
        let continues = nextFirst.map { Self.reopens(bottom.mark, with: $0) } ?? false
        if !continues {
            warnings.append(.unbalancedQuoteMark(detail: "unbalanced \(bottom.mark) at offset \(bottom.pos) (paragraph \(p)): closed at the end of the paragraph"))
        }
        let contentStart = Self.skipSpace(scalars, from: bottom.pos + 1, to: range.upperBound)
        var contentEnd = range.upperBound
        while contentEnd > contentStart, Self.isSpace(scalars[contentEnd - 1]) { contentEnd -= 1 }
        if contentEnd > contentStart {
            var r = QuoteRegion(markStart: bottom.pos, markEnd: range.upperBound, contentStart: contentStart, contentEnd: contentEnd,
                                opener: bottom.mark, closed: false, paragraph: p)
            r.continuesPrevious = continuing
            r.continuesNext = continues
            regions.append(r)
        }
        return continues ? bottom.mark : nil
    }

    private func close(_ regions: inout [QuoteRegion], _ open: (mark: Unicode.Scalar, pos: Int), at i: Int, paragraph: Int,
                       continuing: inout Bool, _ scalars: [Unicode.Scalar]) {
        var s = open.pos + 1, e = i
        while s < e, Self.isSpace(scalars[s]) { s += 1 }
        while e > s, Self.isSpace(scalars[e - 1]) { e -= 1 }
        var r = QuoteRegion(markStart: open.pos, markEnd: i + 1, contentStart: s, contentEnd: e, opener: open.mark, closed: true, paragraph: paragraph)
        r.continuesPrevious = continuing
        continuing = false
        if e > s { regions.append(r) }
    }

    /// True when `next` (the first character of a paragraph) reopens a quote opened with `open`.
    static func reopens(_ open: Unicode.Scalar, with next: Unicode.Scalar) -> Bool {
        switch open {
        case "«": return next == "«" || next == "»"
        case "“", "”", "„": return next == "“" || next == "„" || next == "”"
        case "\"": return next == "\""
        case "‹": return next == "‹" || next == "›"
        default: return false
        }
    }

    /// An opening context: start of paragraph, space or opening punctuation before, a non-space after.
    static func opensHere(_ s: [Unicode.Scalar], _ i: Int, _ range: Range<Int>) -> Bool {
        guard i + 1 < range.upperBound, !isSpace(s[i + 1]) else { return false }
        if i == range.lowerBound { return true }
        let prev = s[i - 1]
        return isSpace(prev) || "([{«“‘'\"—–-/:".unicodeScalars.contains(prev)
    }

    /// A closing context: a non-space before, the end, a space or punctuation after.
    static func closesHere(_ s: [Unicode.Scalar], _ i: Int, _ range: Range<Int>) -> Bool {
        guard i > range.lowerBound, !isSpace(s[i - 1]) else { return false }
        if i + 1 >= range.upperBound { return true }
        let next = s[i + 1]
        return isSpace(next) || !isWordScalar(next)
    }

    static func skipSpace(_ s: [Unicode.Scalar], from: Int, to: Int) -> Int {
        var i = from
        while i < to, isSpace(s[i]) { i += 1 }
        return i
    }

    /// Spaces, including no-break (U+00A0), narrow no-break (U+202F) and thin spaces.
    static func isSpace(_ u: Unicode.Scalar) -> Bool {
        if u.value < 0x80 { return u == " " || (u.value >= 0x09 && u.value <= 0x0D) }
        return u == " " || u == "\t" || u == "\u{00A0}" || u == "\u{202F}" || u == "\u{2009}" || u == "\u{2007}" || u == "\u{200A}"
            || u.isWhitespaceProperty
    }

    static func isWordScalar(_ u: Unicode.Scalar) -> Bool {
        let v = u.value
        if v < 0x80 { return (v >= 0x61 && v <= 0x7A) || (v >= 0x41 && v <= 0x5A) || (v >= 0x30 && v <= 0x39) }
        return u.isAlphabeticProperty || u.properties.numericType != nil
    }
}
