/// Splits a tokenized document into paragraphs (lines, or blocks separated by blank lines)
/// and sentences (ICU sentence break with French abbreviation exceptions), so that no
/// sentence crosses a paragraph and no token crosses a sentence.
struct SentenceSegmenter: Sendable {
    func segment(_ doc: inout Document) {
        let text = doc.text
        var paragraphs = [Paragraph]()
        var sentences = [Sentence]()
        // Paragraphs: every non-blank line.
        var lineStart = text.startIndex
        var tokenCursor = 0
        func closeLine(_ end: String.Index) {
            let line = text[lineStart..<end]
            let trimmedStart = line.firstIndex { !$0.isWhitespace }
            guard let s = trimmedStart, let e = line.lastIndex(where: { !$0.isWhitespace }) else { return }
            let span = doc.span(s..<text.index(after: e))
            let firstToken = tokenCursor
            while tokenCursor < doc.tokens.count, doc.tokens[tokenCursor].span.start < span.end { tokenCursor += 1 }
            let tokenRange = firstToken..<tokenCursor
            let firstSentence = sentences.count
            sentences.append(contentsOf: sentencesOf(span: span, tokens: tokenRange, paragraph: paragraphs.count, doc: doc))
            paragraphs.append(Paragraph(span: span, tokenRange: tokenRange, sentenceRange: firstSentence..<sentences.count))
        }
        var index = text.startIndex
        while index < text.endIndex {
            let c = text[index]
            if c == "\n" || c == "\r\n" || c == "\r" || c == "\u{2029}" {
                closeLine(index)
                lineStart = text.index(after: index)
            }
            index = text.index(after: index)
        }
        closeLine(text.endIndex)
        doc.paragraphs = paragraphs
        doc.sentences = sentences
    }

    private func sentencesOf(span: TextSpan, tokens: Range<Int>, paragraph: Int, doc: Document) -> [Sentence] {
        guard !tokens.isEmpty else { return [] }
        let utf16 = Array(doc.text[span.range].utf16)
        guard let (offsets, _) = try? BreakIterator.boundaries(.sentence, locale: "fr@ss=standard", in: utf16) else {
            return [Sentence(span: doc.span(tokens: tokens), tokenRange: tokens, paragraphIndex: paragraph)]
        }
        // Map each UTF-16 boundary to a code-point offset in the document.
        let base = span.start
        var boundaries = [Int]()
        var scalarCount = 0, unitCount = 0
        var scalars = doc.text[span.range].unicodeScalars.makeIterator()
        for b in offsets.dropFirst() {
            while unitCount < b, let s = scalars.next() {
                unitCount += s.value > 0xFFFF ? 2 : 1
                scalarCount += 1
            }
            boundaries.append(base + scalarCount)
        }
        var result = [Sentence]()
        var start = tokens.lowerBound
        for boundary in boundaries {
            var end = start
            while end < tokens.upperBound, doc.tokens[end].span.start < boundary { end += 1 }
            if end > start {
                result.append(Sentence(span: doc.span(tokens: start..<end), tokenRange: start..<end, paragraphIndex: paragraph))
                start = end
            }
        }
        if start < tokens.upperBound {
            result.append(Sentence(span: doc.span(tokens: start..<tokens.upperBound), tokenRange: start..<tokens.upperBound, paragraphIndex: paragraph))
        }
        return result
    }
}
