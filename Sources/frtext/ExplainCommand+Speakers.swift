import Foundation
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
            let ranker = SpeakerRanker.shared.explanations(analysis.document, entities: analysis.entities)
            for (k, q) in analysis.quotes.filter({ $0.kind == .direct }).enumerated() {
                out += q.attributionExplanation()
                if k < ranker.count { out += ranker[k] + "\n" }
            }
        }
        return out
    }

    /// `frtext explain --speaker-features DIR` (hidden): the speaker ranker's training dump, one JSON line per `*.txt`
    /// of the folder, in name order.
    static func speakerFeatureDump(folder: String) throws -> [String] {
        let url = URL(fileURLWithPath: folder)
        let names = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".txt") }.sorted()
        return try names.map { name in
            let text = try String(contentsOf: url.appendingPathComponent(name), encoding: .utf8)
            let analysis = FrenchAnalyzer().analyze(text, name: name)
            return SpeakerRanker.featureDump(analysis.document, entities: analysis.entities, name: name)
        }
    }
}
