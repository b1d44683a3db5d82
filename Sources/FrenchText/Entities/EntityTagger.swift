/// Tags people, places, organisations and dates in a tokenized document.
public struct EntityTagger: Sendable {
    public let lexicon: Lexicon?

    public init(lexicon: Lexicon? = Lexicon.shared) {
        self.lexicon = lexicon
    }

    /// All mentions, in document order, not overlapping. `documentDate` (ISO `YYYY-MM-DD`)
    /// anchors dates without a year and relative dates.
    public func mentions(in document: Document, documentDate: String? = nil) -> [EntityMention] {
        []  // Placeholder until the entity tagger lands (issue 4).
    }
}
