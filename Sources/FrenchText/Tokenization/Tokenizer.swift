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

    /// How the scanner reads ICU's word segments: tests compare the two.
    var segmentEnds = SegmentEnds.onDemand

    public init(lexicon: Lexicon? = Lexicon.shared) {
        self.lexicon = lexicon
    }

    /// How the tokenizer reads the ends of ICU's word segments, the few its rules look at.
    enum SegmentEnds: Sendable {
        /// Each end asked of ICU from the offset where it is needed (`ubrk_following`): ICU skips the segments
        /// nobody reads.
        case onDemand
        /// Every boundary read in turn from the start of the text (`ubrk_next`), as ICU's own loop does: the
        /// reference the tests compare ``onDemand`` with.
        case iterated
    }

    /// Tokenizes `text` into a ``Document``.
    public func document(from text: String, name: String = "<text>") -> Document {
        var doc = Document(name: name, text: text)
        doc.morphology = lexicon != nil
        let (utf16, nonASCII) = UTF16Text.unitsAndNonASCII(of: text)
        utf16.withUnsafeBufferPointer { units in
            let iterator = BreakIterator.openWordIterator(over: units)
            var scanner = TokenScanner(units: units, boundaries: iterator, segmentEnds: segmentEnds, lexicon: lexicon)
            scanner.run()
            BreakIterator.close(iterator)
            let raw = scanner.tokens
            doc.tokens = nonASCII.withUnsafeBufferPointer {
                Self.tokens(raw, inclusive: scanner.inclusiveForms, in: &doc, units: units, nonASCII: $0)
            }
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

    /// Turns the scanner's records into tokens, with the whitespace after each. One forward pass
    /// over the non-ASCII units (`nonASCII`, see ``OffsetCursor``) counts UTF-8 and code-point offsets as it goes; token texts are copied
    /// straight from the string's UTF-8 bytes (short ones packed inline, ``SmallTokenString``).
    static func tokens(_ raw: [RawToken], inclusive: [Int: InclusiveForm], in doc: inout Document,
                       units u: UnsafeBufferPointer<UInt16>, nonASCII: UnsafeBufferPointer<Int32>) -> [Token] {
        let text = doc.text
        let utf8 = text.utf8
        let forms = inclusive.sorted { $0.key < $1.key }.map { ($0.key, InclusiveBox($0.value)) }
        // All state lives inside the closure (captured variables would be boxed on the heap).
        let built: (tokens: [Token], codePoints: Int)? = utf8.withContiguousStorageIfAvailable { bytes in
            let packs = SmallTokenString.isAvailable
            /// `ascii`: the bytes are all ASCII (as many UTF-8 bytes as UTF-16 units).
            func string(_ a: Int, _ b: Int, ascii: Bool) -> String {
                if b == a { return "" }
                if b - a == 1 && bytes[a] == 0x20 { return " " }
                if packs && b - a <= SmallTokenString.capacity { return SmallTokenString.make(bytes, a, b, ascii: ascii) }
                return String(decoding: UnsafeBufferPointer(rebasing: bytes[a..<b]), as: UTF8.self)
            }
            var cursor = OffsetCursor(units: u, nonASCII: nonASCII)
            var tokens = [Token]()
            tokens.reserveCapacity(raw.count)
            var nextForm = 0
            let base = utf8.startIndex
            for i in raw.indices {
                let r = raw[i]
                let (start8, startScalar) = cursor.advance(to: r.start)
                let (end8, endScalar) = cursor.advance(to: r.end)
                let next16 = i + 1 < raw.count ? raw[i + 1].start : u.count
                let (next8, _) = cursor.advance(to: next16)
                let range = utf8.index(base, offsetBy: start8)..<utf8.index(base, offsetBy: end8)
                let span = TextSpan(range: range, start: startScalar, end: endScalar, utf8Start: start8, utf8End: end8)
                let tokenText = string(start8, end8, ascii: end8 - start8 == r.end - r.start)
                let whitespace = string(end8, next8, ascii: next8 - end8 == next16 - r.end)
                if nextForm < forms.count, forms[nextForm].0 == i {
                    tokens.append(Token(text: tokenText, span: span, kind: r.kind, whitespaceAfter: whitespace, rule: r.rule,
                                        inclusiveBox: forms[nextForm].1))
                    nextForm += 1
                } else {
                    // No box: a literal nil spares a retain and a release per token.
                    tokens.append(Token(text: tokenText, span: span, kind: r.kind, whitespaceAfter: whitespace, rule: r.rule,
                                        inclusiveBox: nil))
                }
            }
            return (tokens, cursor.advance(to: u.count).scalars)
        }
        if let built {
            doc.knownCodePointCount = built.codePoints
            return built.tokens
        }
        // Not contiguous UTF-8 (a bridged string): the offset tables do the work.
        var tokens = [Token]()
        do {
            for i in raw.indices {
                let span = doc.span(utf16: raw[i].start, raw[i].end)
                let next = i + 1 < raw.count ? doc.span(utf16: raw[i + 1].start, raw[i + 1].end).range.lowerBound : text.endIndex
                tokens.append(Token(text: String(text[span.range]), span: span, kind: raw[i].kind,
                                    whitespaceAfter: String(text[span.range.upperBound..<next]), rule: raw[i].rule,
                                    inclusive: inclusive[i]))
            }
        }
        return tokens
    }
}
