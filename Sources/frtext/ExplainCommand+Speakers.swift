import FrenchText

/// `frtext explain --speakers FILE` (the participant model) and `frtext explain --quotes FILE` (each quote's sieves).
extension ExplainCommand {
    static func attribution(of text: String, name: String, participants: Bool, quotes: Bool) -> String {
        let analysis = FrenchAnalyzer().analyze(text, name: name)
        var out = ""
        if participants {
            let spans = analysis.quotes.filter { $0.kind != .indirect }.map(\.span)
            out += ParticipantModel(document: analysis.document, entities: analysis.entities, quoteSpans: spans).explanation()
        }
        if quotes {
            if participants { out += "\n" }
            for q in analysis.quotes where q.kind == .direct { out += q.attributionExplanation() }
        }
        return out
    }
}
