import Foundation

/// The ranker's view for `frtext explain --quotes FILE` and its training dump (`frtext explain --speaker-features DIR`).
extension SpeakerRanker {
    /// For each direct quote of `analysis` (in order), the top `count` candidates with their scores and strongest
    /// features: `ranker: Anna Wright 2.41 (chosen +1.20, after-same-sentence +0.62) · none −0.30 (none-bias −0.30)`.
    package func explanations(_ document: Document, entities: [EntityMention], count: Int = 3) -> [String] {
        let (linked, model, _) = QuoteExtractor().linkedQuotes(in: document, entities: entities)
        let features = SpeakerFeatures(document: document, model: model, quotes: linked)
        return features.directs.map { i in
            let top = ranked(features.candidates(of: i)).prefix(count).map { r -> String in
                let parts = r.candidate.features.map { ($0.key, (weights[$0.key] ?? 0) * $0.value) }
                    .filter { $0.1 != 0 }.sorted { abs($0.1) > abs($1.1) }.prefix(3)
                    .map { "\($0.0.rawValue) \(String(format: "%+.2f", $0.1))" }
                return "\(r.candidate.name ?? "none") \(String(format: "%.2f", r.score)) p=\(String(format: "%.2f", r.probability)) (\(parts.joined(separator: ", ")))"
            }
            return "  ranker\(Self.isEnabled ? "" : " (off)"): " + top.joined(separator: " · ")
        }
    }

    /// One JSON line for the training script: the document's name and, for each direct quote as the sieves left it,
    /// its text, offsets, rule, speaker, confidences, whether it is unnamed on purpose and candidates (name, aliases, kind, sparse features).
    package static func featureDump(_ document: Document, entities: [EntityMention], name: String) -> String {
        let (linked, model, _) = QuoteExtractor().linkedQuotes(in: document, entities: entities)
        let features = SpeakerFeatures(document: document, model: model, quotes: linked)
        let quotes = features.directs.map { i in
            let q = linked[i]
            let candidates = features.candidates(of: i).map { c in
                DumpCandidate(name: c.name, aliases: c.aliases, kind: c.kind?.rawValue,
                              features: Dictionary(uniqueKeysWithValues: c.features.map { ($0.key.rawValue, $0.value) }))
            }
            return DumpQuote(text: q.text, start: q.span.start, end: q.span.end, rule: q.rule.rawValue, speaker: q.speaker?.name,
                             confidence: q.confidence, calibrated: ConfidenceCalibration.shared.calibrated([q])[0].confidence,
                             unnamedOnPurpose: isDeliberatelyUnnamed(i, linked, document: document, model: model),
                             unnamedReason: deliberatelyUnnamed(i, linked, document: document, model: model)?.rawValue, candidates: candidates)
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(DumpDocument(document: name, quotes: quotes)) else { return "" }
        return String(decoding: data, as: UTF8.self)
    }

    /// The dump's records (their property names are the JSON keys the training script reads).
    struct DumpDocument: Encodable {
        let document: String
        let quotes: [DumpQuote]
    }

    struct DumpQuote: Encodable {
        let text: String
        let start: Int
        let end: Int
        let rule: String
        let speaker: String?
        let confidence: Double
        let calibrated: Double
        /// The sieves gave nobody on purpose (``SpeakerRanker/isDeliberatelyUnnamed(_:_:document:model:)``): kept.
        let unnamedOnPurpose: Bool
        /// Its sub-case (``DeliberatelyUnnamed``).
        let unnamedReason: String?
        let candidates: [DumpCandidate]
    }

    struct DumpCandidate: Encodable {
        let name: String?
        let aliases: [String]
        let kind: String?
        let features: [String: Double]
    }
}
