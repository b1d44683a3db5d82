/// A French text with its paragraphs, sentences and tokens.
///
/// The document owns its text and never normalises it: every span points into
/// `text` exactly as it was read.
///
/// ```swift
/// let doc = Tokenizer().document(from: "« Nous resterons », a-t-elle déclaré.")
/// doc.tokens.map(\.text)   // ["«", "Nous", "resterons", "»", ",", "a", "-t-elle", "déclaré", "."]
/// doc.sentences.count      // 1
/// ```
public struct Document: Sendable {
    /// Where the text came from (a file path, `-` for standard input, or a caller's label).
    public let name: String
    /// The text as read.
    public let text: String
    /// Paragraphs in order.
    public internal(set) var paragraphs: [Paragraph]
    /// Sentences in order.
    public internal(set) var sentences: [Sentence]
    /// Tokens in order; whitespace is not a token but each token knows the whitespace after it.
    public internal(set) var tokens: [Token]

    /// Offset tables, built on first use (the tokenizer computes its own offsets in its pass).
    private let lazyOffsets: LazyOffsetMap
    var offsets: OffsetMap { lazyOffsets.map }
    /// Set by the tokenizer, which counts code points anyway.
    var knownCodePointCount: Int?
    /// False when the tokenizer had no lexicon: the word view then leaves out Hunspell's facts.
    var morphology = true
    /// The word view, built on first use and shared by every copy of the document.
    private let wordViewCache = LazyValue<WordView>()
    /// The code points and their UTF-8 offsets (``codePoints``), built on first use.
    private let codePointCache = LazyValue<CodePointTable>()
    var codePointTable: CodePointTable { codePointCache.value { CodePointTable(text) } }
    /// The text as searched for names (``textSearch``), built on first use.
    let textSearchCache = LazyValue<DocumentTextSearch>()

    /// The document's ``WordView`` (one ``Word`` per token), built once and cached with the document.
    public var words: WordView {
        wordViewCache.value { WordView(self, morphology: morphology) }
    }

    /// Creates an empty document over `text`; the ``Tokenizer`` fills it.
    init(name: String, text: String) {
        self.name = name
        self.text = text
        self.lazyOffsets = LazyOffsetMap(text)
        self.paragraphs = []
        self.sentences = []
        self.tokens = []
    }

    /// Number of Unicode code points in the text.
    public var codePointCount: Int { knownCodePointCount ?? offsets.scalarCount }

    /// The span of `range` (a range of `text`'s indices).
    public func span(_ range: Range<String.Index>) -> TextSpan {
        let lower = text.utf8.distance(from: text.utf8.startIndex, to: range.lowerBound)
        let upper = text.utf8.distance(from: text.utf8.startIndex, to: range.upperBound)
        return TextSpan(
            range: range,
            start: offsets.scalarOffset(utf8: lower), end: offsets.scalarOffset(utf8: upper),
            utf8Start: lower, utf8End: upper)
    }

    /// The span between two UTF-8 offsets.
    public func span(utf8 lower: Int, _ upper: Int) -> TextSpan {
        let utf8 = text.utf8
        let range = utf8.index(utf8.startIndex, offsetBy: lower)..<utf8.index(utf8.startIndex, offsetBy: upper)
        return TextSpan(
            range: range,
            start: offsets.scalarOffset(utf8: lower), end: offsets.scalarOffset(utf8: upper),
            utf8Start: lower, utf8End: upper)
    }

    /// The span between two UTF-16 offsets (as ICU reports them).
    func span(utf16 lower: Int, _ upper: Int) -> TextSpan {
        span(utf8: offsets.utf8Offset(utf16: lower), offsets.utf8Offset(utf16: upper))
    }

    /// The span covering tokens `tokens[range]`.
    public func span(tokens range: Range<Int>) -> TextSpan {
        precondition(!range.isEmpty)
        let first = tokens[range.lowerBound].span, last = tokens[range.upperBound - 1].span
        return TextSpan(range: first.range.lowerBound..<last.range.upperBound, start: first.start, end: last.end,
                        utf8Start: first.utf8Start, utf8End: last.utf8End)
    }

    /// The text of a span.
    public func text(of span: TextSpan) -> Substring { text[span.range] }

    /// Index of the paragraph holding the code-point offset `offset`, or nil.
    public func paragraphIndex(at offset: Int) -> Int? {
        var low = 0, high = paragraphs.count - 1
        while low <= high {
            let mid = (low + high) / 2
            let p = paragraphs[mid].span
            if offset < p.start { high = mid - 1 } else if offset >= p.end { low = mid + 1 } else { return mid }
        }
        return nil
    }

    /// Index of the first token whose span starts at or after code-point `offset`.
    public func tokenIndex(atOrAfter offset: Int) -> Int {
        var low = 0, high = tokens.count
        while low < high {
            let mid = (low + high) / 2
            if tokens[mid].span.start < offset { low = mid + 1 } else { high = mid }
        }
        return low
    }
}

/// A paragraph: one non-blank line of the text.
///
/// Press releases come both as one paragraph a line and as blocks separated by blank lines;
/// taking every non-blank line as a paragraph reads both the same way, and keeps headings,
/// datelines and list items apart from the text around them. Sentences never cross paragraphs.
public struct Paragraph: Hashable, Sendable {
    /// The paragraph's text, without its line breaks.
    public let span: TextSpan
    /// Indices into ``Document/tokens``.
    public let tokenRange: Range<Int>
    /// Indices into ``Document/sentences``.
    public internal(set) var sentenceRange: Range<Int>
}

/// A sentence, within one paragraph.
public struct Sentence: Hashable, Sendable {
    public let span: TextSpan
    /// Indices into ``Document/tokens``.
    public let tokenRange: Range<Int>
    /// Index into ``Document/paragraphs``.
    public let paragraphIndex: Int
}
