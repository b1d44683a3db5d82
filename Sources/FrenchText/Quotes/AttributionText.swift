/// Builds the word view (``AttributionWord``) of a stretch of text, character by character.
///
/// Words keep inner hyphens, apostrophes and middle dots (`porte-parole`, `aujourd’hui`,
/// `militant·e·s`); elisions are split (`l’Intérieur` → `l’` + `Intérieur`), inversions too
/// (`a-t-il` → `a` + `il`, `ajoute-t-elle` → `ajoute` + `elle`), and titles keep their period (`M.`).
///
/// ```swift
/// // "a-t-il déclaré"  → ["a", "il" (inverted), "déclaré"]
/// // "s’indignait"     → ["s’" (elided), "indignait"]
/// ```
struct AttributionText: Sendable {
    let table: QuoteLexicon
    /// The document's text, to read words back by copying bytes; without it words are rebuilt from scalars.
    var source: ScalarText? = nil

    private func string(_ scalars: [Unicode.Scalar], _ r: Range<Int>) -> String {
        if let source { return source.string(r) }
        return String(String.UnicodeScalarView(scalars[r]))
    }

    static let elisionPrefixes: Set<String> = Set(LexicalTables.lines(.quoteElisionPrefixes))
    static let inversionSuffixes = ["-t-il", "-t-elle", "-t-iel", "-t-on", "-t-ils", "-t-elles", "-t-iels",
                                    "-il", "-elle", "-iel", "-on", "-ils", "-elles", "-iels"]

    /// Appends the words and punctuation of `scalars[range]` to `out`.
    func scan(_ scalars: [Unicode.Scalar], _ range: Range<Int>, paragraph: Int, into out: inout [AttributionWord]) {
        var i = range.lowerBound
        let end = range.upperBound
        while i < end {
            let c = scalars[i]
            if QuoteMarkScanner.isSpace(c) { i += 1; continue }
            if Self.isLetter(c) {
                var j = i + 1
                while j < end {
                    let d = scalars[j]
                    if Self.isLetter(d) { j += 1; continue }
                    // Joiners between letters: hyphen, apostrophe, middle dot, inner period (défenseur.e.s).
                    if j + 1 < end, Self.isLetter(scalars[j + 1]) {
                        if d == "-" || d == "\u{2010}" || d == "\u{2011}" || d == "’" || d == "'" || d == "\u{02BC}" || d == "·" || d == "\u{22C5}" {
                            j += 1; continue
                        }
                        if d == ".", scalars[j - 1].properties.isLowercase, scalars[j + 1].properties.isLowercase { j += 1; continue }
                        if (d == "." || d == ","), scalars[j - 1].properties.numericType != nil, scalars[j + 1].properties.numericType != nil { j += 1; continue }
                    }
                    break
                }
                appendWord(scalars, i..<j, paragraph: paragraph, into: &out)
                // A title keeps its period: M. Türk, Mme. Delisle.
                if j < end, scalars[j] == ".", let last = out.last, last.isTitle { 
                    out[out.count - 1].end = j + 1
                    out[out.count - 1].text += "."
                    j += 1
                } else if j + 3 < end, scalars[j] == ".", scalars[j + 1] == "-", scalars[j + 2].properties.isUppercase, scalars[j + 3] == ".",
                          let last = out.last, last.kind == .word, last.text.unicodeScalars.count == 1, last.isCapitalized {
                    // Initials of a compound first name: J.-P. Kervella, J.-L. Fabre.
                    out[out.count - 1].end = j + 4
                    out[out.count - 1].text = string(scalars, i..<(j + 4))
                    out[out.count - 1].key = QuoteLexicon.key(out[out.count - 1].text)
                    j += 4
                } else if j < end, scalars[j] == ".", let last = out.last, last.kind == .word,
                          last.text.unicodeScalars.count == 1, last.isCapitalized,
                          j + 2 < end, QuoteMarkScanner.isSpace(scalars[j + 1]) || scalars[j + 1] == "-", scalars[j + 2].properties.isUppercase {
                    // An initial (J. Dupont) is not a sentence end.
                    out[out.count - 1].end = j + 1
                    out[out.count - 1].text += "."
                    j += 1
                }
                i = j
                continue
            }
            // Punctuation: "..." is one mark.
            var j = i + 1
            if c == "." { while j < end, scalars[j] == "." { j += 1 } }
            let text = j - i > 1 ? "…" : String(Character(c))
            out.append(AttributionWord(kind: .punctuation, start: i, end: j, text: text, key: text, paragraph: paragraph))
            i = j
        }
    }

    private func appendWord(_ scalars: [Unicode.Scalar], _ whole: Range<Int>, paragraph: Int, into out: inout [AttributionWord]) {
        var r = whole
        // Elisions, one after the other: l’Intérieur → l’ + Intérieur; qu’aujourd’hui → qu’ + aujourd’hui.
        while let apo = scalars[r].firstIndex(where: { $0 == "’" || $0 == "'" || $0 == "\u{02BC}" }), apo + 1 < r.upperBound, apo - r.lowerBound <= 6 {
            let prefix = QuoteLexicon.key(string(scalars, r.lowerBound..<apo))
            guard Self.elisionPrefixes.contains(prefix) else { break }
            let head = string(scalars, r.lowerBound..<(apo + 1))
            var w = AttributionWord(kind: .word, start: r.lowerBound, end: apo + 1, text: head, key: prefix + "'", paragraph: paragraph)
            w.isElided = true
            out.append(w)
            r = (apo + 1)..<r.upperBound
        }
        let text = string(scalars, r)
        let key = QuoteLexicon.key(text)
        // Inversion: a-t-il → a + il; ajoute-t-elle → ajoute + elle.
        if key.utf8.contains(UInt8(ascii: "-")) {
            for suffix in Self.inversionSuffixes where key.hasSuffix(suffix) && key.count > suffix.count {
                let pronounLength = suffix.hasPrefix("-t-") ? suffix.count - 3 : suffix.count - 1
                let verbEnd = r.upperBound - suffix.unicodeScalars.count
                let pronounStart = r.upperBound - pronounLength
                // The pronoun must be written in lower case (Jean-Il is not an inversion).
                guard scalars[pronounStart].properties.isLowercase else { break }
                let verb = string(scalars, r.lowerBound..<verbEnd)
                out.append(AttributionWord(kind: .word, start: r.lowerBound, end: verbEnd, text: verb, key: QuoteLexicon.key(verb), paragraph: paragraph))
                let pronoun = string(scalars, pronounStart..<r.upperBound)
                var p = AttributionWord(kind: .word, start: pronounStart, end: r.upperBound, text: pronoun, key: QuoteLexicon.key(pronoun), paragraph: paragraph)
                p.isInverted = true
                out.append(p)
                return
            }
        }
        var w = AttributionWord(kind: .word, start: r.lowerBound, end: r.upperBound, text: text, key: key, paragraph: paragraph)
        if let first = scalars[r.lowerBound...].first, first.properties.isUppercase, table.titles[key] != nil {
            // `M` alone is a title only with its period (checked by the caller's context).
            if key != "m" || (r.upperBound < scalars.count && scalars[r.upperBound] == ".") { w.isTitle = true }
        }
        out.append(w)
    }

    /// Numbers sentences in place: a sentence ends at `.`, `!`, `?`, `…` followed by a capital,
    /// a quote or the end of the paragraph; a new paragraph starts a new sentence.
    static func numberSentences(_ words: inout [AttributionWord], endsWithStop: (Int) -> Bool) {
        var sentence = 0
        for i in words.indices {
            if i > 0 {
                let prev = words[i - 1]
                if prev.paragraph != words[i].paragraph {
                    sentence += 1
                } else if prev.endsSentence || (prev.isQuote && endsWithStop(i - 1)) {
                    let cur = words[i]
                    if cur.isCapitalized || cur.isQuote || cur.kind != .word && cur.kind != .punctuation || cur.key == "«" {
                        sentence += 1
                    }
                }
            }
            words[i].sentence = sentence
        }
    }

    static func isLetter(_ u: Unicode.Scalar) -> Bool {
        let v = u.value
        if v < 0x80 { return (v >= 0x61 && v <= 0x7A) || (v >= 0x41 && v <= 0x5A) || (v >= 0x30 && v <= 0x39) }
        let p = u.properties
        return p.isAlphabetic || p.numericType != nil || p.generalCategory == .nonspacingMark || p.generalCategory == .spacingMark
    }
}
