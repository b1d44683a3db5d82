/// Which parts of a document a renderer shows (`frtext quotes` shows the quotes only…).
public struct ReportSections: OptionSet, Sendable, Hashable {
    public let rawValue: Int
    public init(rawValue: Int) { self.rawValue = rawValue }

    public static let quotes = ReportSections(rawValue: 1)
    public static let entities = ReportSections(rawValue: 2)
    /// DATE entities in date order.
    public static let timeline = ReportSections(rawValue: 4)
    public static let inclusive = ReportSections(rawValue: 8)
    /// The corpus aggregates after (or, in HTML, before) the documents.
    public static let summary = ReportSections(rawValue: 16)
    public static let all: ReportSections = [.quotes, .entities, .timeline, .inclusive, .summary]
}

/// Turns analysed documents into one output format. Renderers are leaves: they read
/// ``AnalysisRecord``s (plus the text, when the format shows it) and a ``CorpusSummary``,
/// and return strings that the caller writes out as each document finishes.
///
/// The caller writes `header`, then `document` for each record in input order, then `footer`.
/// When ``summaryFirst`` is true the header needs the final summary, so the caller keeps the
/// documents' output aside (on disk) until the end.
public protocol ReportRenderer: Sendable {
    var summaryFirst: Bool { get }
    /// `summary` is the final summary when ``summaryFirst``, else nil.
    func header(summary: CorpusSummary?) -> String
    /// One document; `index` counts from 0 over the run; `text` is the document's text when known.
    func document(_ record: AnalysisRecord, text: String?, index: Int) -> String
    func footer(summary: CorpusSummary) -> String
}

extension ReportRenderer {
    public var summaryFirst: Bool { false }
}
