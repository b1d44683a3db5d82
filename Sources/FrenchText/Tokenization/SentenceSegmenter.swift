/// Splits tokens into paragraphs and sentences.
///
/// **Paragraphs** are lines: every non-blank line is one paragraph, so both layouts of press
/// releases (one paragraph a line, or blocks separated by blank lines) come out the same, and a
/// heading or a dateline line never runs into the text below it. A line cut inside a sentence by a hard wrap (text
/// pasted from print or a PDF: no blank line, no closing punctuation, the next line in lower case) is not a
/// paragraph break (``wrapsLine(_:lineStart:next:_:)``).
///
/// **Sentences** never cross a paragraph. A sentence ends after `.`, `!`, `?`, `…` (with the
/// closing marks that follow: `. »`, `!”`, `.)`) when the next token does not continue it:
/// a lower-case word (`« Assez ! » a-t-il dit`), a comma or a colon continue the sentence.
/// Abbreviations keep their period inside their token (`M.`, `av. J.-C.`), so `M. Türk a déclaré`
/// is one sentence; `etc.` and `J.-C.` close a sentence only before a capitalised word.
///
/// This works on the tokens rather than on ICU's sentence iterator: the tokens already know
/// abbreviations, initials, URLs and numbers, which is what ICU's break rules get wrong in French,
/// and it spares a second pass over the text.
///
/// ```swift
/// let doc = Tokenizer().document(from: "M. Türk a déclaré : « C’est grave. » Puis il est parti.")
/// doc.sentences.count   // 2
/// ```
struct SentenceSegmenter: Sendable {
    struct Result {
        var paragraphs: [Range<Int>] = []
        /// Token range and paragraph index of each sentence.
        var sentences: [(tokens: Range<Int>, paragraph: Int)] = []
    }

    func segment(_ tokens: [RawToken], units u: UnsafeBufferPointer<UInt16>) -> Result {
        var result = Result()
        var paragraphStart = 0, lineStart = 0
        for i in tokens.indices where i > 0 && tokens[i].startsLine {
            defer { lineStart = i }
            if Self.wrapsLine(tokens, lineStart: lineStart, next: i, u) { continue }
            addParagraph(paragraphStart..<i, tokens, u, &result)
            paragraphStart = i
        }
        if !tokens.isEmpty { addParagraph(paragraphStart..<tokens.count, tokens, u, &result) }
        return result
    }

    private func addParagraph(_ range: Range<Int>, _ tokens: [RawToken], _ u: UnsafeBufferPointer<UInt16>, _ result: inout Result) {
        let paragraph = result.paragraphs.count
        result.paragraphs.append(range)
        var start = range.lowerBound
        var i = range.lowerBound
        while i < range.upperBound {
            let t = tokens[i]
            let closes: Bool
            if isTerminator(t, u) {
                // (…) and […] mark a cut in a quotation, not the end of a sentence.
                closes = !(i > range.lowerBound && isOpeningBracket(tokens[i - 1], u))
            } else { closes = false }
            let abbreviationClose = !closes && t.kind == .abbreviation && mayCloseSentence(t, u)
            guard closes || abbreviationClose else { i += 1; continue }
            // Take the terminators and closing marks that follow: ?! . » .)
            var j = i + 1
            while j < range.upperBound {
                let next = tokens[j]
                if isTerminator(next, u) || isClosing(next, previous: tokens[j - 1], u) { j += 1 } else { break }
            }
            guard j < range.upperBound else { break }
            let next = tokens[j]
            let first = u[next.start]
            var breaks: Bool
            if abbreviationClose {
                breaks = CharacterClass.isUpper(first)
            } else if CharacterClass.isLower(first) || isContinuation(first) {
                breaks = false
            } else {
                breaks = true
            }
            // "1." or "a." alone at the start of a line numbers a list item.
            if breaks, i == start + 1, start == range.lowerBound, tokens[start].kind == .number || tokens[start].end - tokens[start].start == 1 {
                breaks = false
            }
            if breaks {
                result.sentences.append((start..<j, paragraph))
                start = j
            }
            i = j
        }
        if start < range.upperBound { result.sentences.append((start..<range.upperBound, paragraph)) }
    }

    /// `.`, `!`, `?`, `…`, `...`, `?!`.
    private func isTerminator(_ t: RawToken, _ u: UnsafeBufferPointer<UInt16>) -> Bool {
        guard t.kind == .punctuation else { return false }
        for k in t.start..<t.end {
            switch u[k] {
            case 0x2E, 0x21, 0x3F, 0x2026, 0x203C, 0x2047, 0x2048, 0x2049: continue
            default: return false
            }
        }
        return true
    }

    private func isOpeningBracket(_ t: RawToken, _ u: UnsafeBufferPointer<UInt16>) -> Bool {
        t.end - t.start == 1 && (u[t.start] == 0x28 || u[t.start] == 0x5B)
    }

    /// » ” › ) ] and a straight quote glued to what precedes it.
    private func isClosing(_ t: RawToken, previous: RawToken, _ u: UnsafeBufferPointer<UInt16>) -> Bool {
        guard t.end - t.start == 1 else { return false }
        switch u[t.start] {
        case 0xBB, 0x201D, 0x203A, 0x29, 0x5D, 0x2019: return true
        case 0x22, 0x27: return t.start == previous.end
        default: return false
        }
    }

    /// , ; : ) ] — punctuation that carries a sentence on.
    private func isContinuation(_ c: UInt16) -> Bool {
        c == 0x2C || c == 0x3B || c == 0x3A || c == 0x29 || c == 0x5D
    }

    /// `etc.`, `J.-C.` and initials of several letters (`U.S.A.`) may close a sentence.
    private func mayCloseSentence(_ t: RawToken, _ u: UnsafeBufferPointer<UInt16>) -> Bool {
        guard t.end > t.start, u[t.end - 1] == 0x2E else { return false }
        let text = UTF16Text.string(u, t.start, t.end)
        if FrenchTables.sentenceFinalAbbreviations.contains(text) { return true }
        if FrenchTables.abbreviations.contains(text) { return false }
        // Initials: U.S.A. yes, J. no.
        return t.end - t.start >= 4 && (t.start..<t.end).allSatisfy { u[$0] == 0x2E || CharacterClass.isUpper(u[$0]) }
    }
}
