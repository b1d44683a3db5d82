/// A stretch of a document's text: a range into the document's own string, plus
/// serialisable offsets in two named units.
///
/// Offsets are Unicode code points (what Python, spaCy and the gold files use) and
/// UTF-8 bytes; both are start-inclusive, end-exclusive.
///
/// ```swift
/// let doc = Tokenizer().document(from: "Le 1er septembre 2025")
/// doc.tokens[1].span.start   // 3 (code points)
/// doc.tokens[1].span.end     // 6
/// ```
public struct TextSpan: Hashable, Sendable {
    /// The range in the owning document's `text`.
    public let range: Range<String.Index>
    /// Start offset in Unicode code points.
    public let start: Int
    /// End offset (exclusive) in Unicode code points.
    public let end: Int
    /// Start offset in UTF-8 bytes.
    public let utf8Start: Int
    /// End offset (exclusive) in UTF-8 bytes.
    public let utf8End: Int

    public init(range: Range<String.Index>, start: Int, end: Int, utf8Start: Int, utf8End: Int) {
        self.range = range
        self.start = start
        self.end = end
        self.utf8Start = utf8Start
        self.utf8End = utf8End
    }

    /// Length in code points.
    public var length: Int { end - start }

    /// True when `other` lies within this span.
    public func contains(_ other: TextSpan) -> Bool { other.start >= start && other.end <= end }

    /// True when the two spans share at least one code point.
    public func overlaps(_ other: TextSpan) -> Bool { other.start < end && start < other.end }
}
