/// Finds direct quotes, indirect speech and fragments, and attributes each to a speaker.
public struct QuoteExtractor: Sendable {
    public let lexicon: Lexicon?

    public init(lexicon: Lexicon? = Lexicon.shared) {
        self.lexicon = lexicon
    }

    /// Quotes in document order, plus warnings (unbalanced marks…). `entities` are the
    /// document's entity mentions, used to find and resolve speakers.
    public func quotes(in document: Document, entities: [EntityMention]) -> (quotes: [Quote], warnings: [String]) {
        ([], [])  // Placeholder until the quote extractor lands (issue 3).
    }
}
