@testable import FrenchText

/// Runs the whole pipeline (entities included, as the sieves read them) and returns the direct quotes.
enum SieveTestSupport {
    static let analyzer = FrenchAnalyzer()

    static func quotes(_ text: String) -> [Quote] {
        analyzer.analyze(text).quotes.filter { $0.kind == .direct }
    }

    static func model(_ text: String) -> ParticipantModel {
        let analysis = analyzer.analyze(text)
        return ParticipantModel(document: analysis.document, entities: analysis.entities,
                                quoteSpans: analysis.quotes.filter { $0.kind != .indirect }.map(\.span))
    }
}
