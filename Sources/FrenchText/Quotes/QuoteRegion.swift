/// A stretch of a paragraph between two quotation marks, found by ``QuoteMarkScanner``.
///
/// Offsets are code-point indices into the document's text.
///
/// ```swift
/// // « Nous resterons mobilisés », a-t-elle déclaré.
/// region.markStart     // 0 (the «)
/// region.contentStart  // 2 (the N, after the padding space)
/// region.contentEnd    // 26 (after "mobilisés")
/// region.markEnd       // 28 (after the »)
/// ```
struct QuoteRegion: Sendable, Hashable {
    /// Index of the opening mark.
    var markStart: Int
    /// Index just after the closing mark, or the paragraph's end when the quote is left open.
    var markEnd: Int
    /// The quoted text, without the marks and their padding spaces.
    var contentStart: Int
    var contentEnd: Int
    /// The opening mark (`«`, `“`, `"`, `‹`…).
    var opener: Unicode.Scalar
    /// False when no closing mark was found in the paragraph.
    var closed: Bool
    var paragraph: Int
    /// True when the quote reopens a quote left open at the end of the previous paragraph.
    var continuesPrevious = false
    /// True when the quote is left open because the next paragraph reopens it.
    var continuesNext = false
}
