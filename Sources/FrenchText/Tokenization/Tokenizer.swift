/// Splits French text into paragraphs, sentences and tokens.
///
/// Built on ICU's word break iterator with French rules on top, in one forward pass:
/// elisions (`l’` + `étape`), hyphenated inversions (`a` + `-t-il`), compounds (`Saint-Étienne`),
/// numbers with (no-break) spaces (`1 000`), ordinals (`XXIe`), phone numbers, URLs, e-mails,
/// hashtags, abbreviations (`M.`, `J.-C.`), quotation marks and inclusive writing (`détenu·e·s`).
/// Every token records the rule that made it (``Token/rule``) and the whitespace after it, so the
/// text can be rebuilt exactly.
///
/// ```swift
/// let doc = Tokenizer().document(from: "La libération de 52 détenu·e·s est la bienvenue.")
/// doc.tokens.first { $0.isInclusive }?.inclusive?.feminine   // "détenues"
/// doc.tokens.map(\.text)   // ["La", "libération", "de", "52", "détenu·e·s", "est", "la", "bienvenue", "."]
/// ```
public struct Tokenizer: Sendable {
    /// The lexicon that validates inclusive forms and decides `presqu’île` or `rendez-vous`;
    /// without one the rules fall back on their tables alone.
    public let lexicon: Lexicon?

    public init(lexicon: Lexicon? = Lexicon.shared) {
        self.lexicon = lexicon
    }

    /// Tokenizes `text` into a ``Document``.
    public func document(from text: String, name: String = "<text>") -> Document {
        var doc = Document(name: name, text: text)
        let utf16 = Array(text.utf16)
        let words = (try? BreakIterator.boundaries(.word, in: utf16)) ?? (offsets: [0, utf16.count], statuses: [0])
        utf16.withUnsafeBufferPointer { units in
            var bounds = words.offsets
            var statuses = words.statuses
            if bounds.count < 2 { bounds = [0, units.count]; statuses = [0] }
            var scanner = TokenScanner(units: units, bounds: bounds, statuses: statuses, lexicon: lexicon)
            scanner.run()
            let raw = scanner.tokens
            doc.tokens = Self.tokens(raw, in: doc)
            let segmentation = SentenceSegmenter().segment(raw, units: units)
            var sentences = [Sentence]()
            sentences.reserveCapacity(segmentation.sentences.count)
            for s in segmentation.sentences {
                sentences.append(Sentence(span: doc.span(tokens: s.tokens), tokenRange: s.tokens, paragraphIndex: s.paragraph))
            }
            var paragraphs = [Paragraph]()
            paragraphs.reserveCapacity(segmentation.paragraphs.count)
            var sentenceCursor = 0
            for (index, range) in segmentation.paragraphs.enumerated() {
                let first = sentenceCursor
                while sentenceCursor < sentences.count, sentences[sentenceCursor].paragraphIndex == index { sentenceCursor += 1 }
                paragraphs.append(Paragraph(span: doc.span(tokens: range), tokenRange: range, sentenceRange: first..<sentenceCursor))
            }
            doc.sentences = sentences
            doc.paragraphs = paragraphs
        }
        return doc
    }

    /// Turns the scanner's records into tokens, with the whitespace after each.
    static func tokens(_ raw: [RawToken], in doc: Document) -> [Token] {
        var tokens = [Token]()
        tokens.reserveCapacity(raw.count)
        let text = doc.text
        var next = raw.isEmpty ? nil : doc.span(utf16: raw[0].start, raw[0].end)
        for i in raw.indices {
            guard let span = next else { break }
            let r = raw[i]
            next = i + 1 < raw.count ? doc.span(utf16: raw[i + 1].start, raw[i + 1].end) : nil
            let gapEnd = next?.range.lowerBound ?? text.endIndex
            let gap = span.range.upperBound < gapEnd ? String(text[span.range.upperBound..<gapEnd]) : ""
            tokens.append(Token(text: String(text[span.range]), span: span, kind: r.kind, whitespaceAfter: gap,
                                rule: r.rule, inclusive: r.inclusive))
        }
        return tokens
    }
}
