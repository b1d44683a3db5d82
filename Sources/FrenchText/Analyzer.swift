/// Runs the whole pipeline on one text: tokens, entities, quotes, inclusive forms.
///
/// ```swift
/// let analysis = FrenchAnalyzer().analyze("« Nous resterons », a déclaré Anna Wright.", name: "demo")
/// analysis.quotes.first?.speaker?.name   // "Anna Wright"
/// ```
public struct FrenchAnalyzer: Sendable {
    public let tokenizer: Tokenizer
    public let entityTagger: EntityTagger
    public let quoteExtractor: QuoteExtractor

    /// `relativeDates` also tags `hier`, `aujourd’hui`, `la semaine dernière`…, resolved against the
    /// document's date (off by default: most annotation schemes, ours included, do not count them).
    public init(lexicon: Lexicon? = Lexicon.shared, relativeDates: Bool = false) {
        tokenizer = Tokenizer()
        entityTagger = EntityTagger(lexicon: lexicon, relativeDates: relativeDates)
        quoteExtractor = QuoteExtractor(lexicon: lexicon)
    }

    /// Analyses `text`. `date` is the document's date when known (a year, a month or a day); otherwise the
    /// analysis takes the date the text gives (a dateline, a full date near the top), if any.
    public func analyze(_ text: String, name: String = "<text>", date: DocumentDate? = nil) -> Analysis {
        let document = tokenizer.document(from: text, name: name)
        let (entities, anchor) = entityTagger.tag(document, documentDate: date)
        let (quotes, warnings) = quoteExtractor.quotes(in: document, entities: entities)
        return Analysis(document: document, entities: entities, quotes: quotes, warnings: warnings, date: anchor)
    }
}

/// Everything FrenchText found in one document.
public struct Analysis: Sendable {
    public let document: Document
    public let entities: [EntityMention]
    public let quotes: [Quote]
    /// Problems found in the text, each with its stable code (an unbalanced quotation mark is `FT103`); never
    /// fatal.
    public let warnings: [FrenchTextError]
    /// The document's date, as given or found.
    public let date: DocumentDate?

    public init(document: Document, entities: [EntityMention], quotes: [Quote], warnings: [FrenchTextError], date: DocumentDate?) {
        self.document = document
        self.entities = entities
        self.quotes = quotes
        self.warnings = warnings
        self.date = date
    }

    /// Entities grouped by canonical name with counts.
    public var entityGroups: [Entity] { Entity.group(entities) }
    /// Inclusive-writing tokens in order.
    public var inclusiveTokens: [Token] { document.tokens.filter(\.isInclusive) }
}
