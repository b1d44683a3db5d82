import Foundation

/// The serialisable form of an ``Analysis``: one JSON object per document, in the shape
/// `../shared/eval/score.py` reads (`document`, `quotes`, `entities`, `inclusive`).
/// Offsets are Unicode code points (`start` inclusive, `end` exclusive).
public struct AnalysisRecord: Codable, Sendable, Equatable {
    public struct QuoteRecord: Codable, Sendable, Equatable {
        public var kind: String
        public var text: String
        public var start: Int
        public var end: Int
        public var speaker: String?
        public var speakerMention: String?
        public var speakerType: String?
        public var speakerRole: String?
        public var speakerOrganisation: String?
        public var speakerGender: String?
        public var cue: String?
        public var paragraph: Int
        public var confidence: Double
        public var rule: String

        enum CodingKeys: String, CodingKey {
            case kind, text, start, end, speaker, cue, paragraph, confidence, rule
            case speakerMention = "speaker_mention", speakerType = "speaker_type", speakerRole = "speaker_role"
            case speakerOrganisation = "speaker_organisation", speakerGender = "speaker_gender"
        }
    }

    public struct EntityRecord: Codable, Sendable, Equatable {
        public var text: String
        public var type: String
        public var start: Int
        public var end: Int
        public var canonical: String
        public var value: String?
        public var rule: String
    }

    public struct InclusiveRecord: Codable, Sendable, Equatable {
        public var form: String
        public var masc: String
        public var fem: String
        public var start: Int
        public var end: Int
    }

    public var document: String
    public var date: String?
    public var paragraphs: Int
    public var sentences: Int
    public var tokens: Int
    public var quotes: [QuoteRecord]
    public var entities: [EntityRecord]
    public var inclusive: [InclusiveRecord]
    public var warnings: [String]

    public init(_ analysis: Analysis, documentName: String? = nil) {
        let doc = analysis.document
        document = documentName ?? doc.name
        date = analysis.date
        paragraphs = doc.paragraphs.count
        sentences = doc.sentences.count
        tokens = doc.tokens.count
        quotes = analysis.quotes.map { q in
            QuoteRecord(
                kind: q.kind.rawValue, text: q.text, start: q.span.start, end: q.span.end,
                speaker: q.speaker?.name, speakerMention: q.speaker?.mention, speakerType: q.speaker?.kind.rawValue,
                speakerRole: q.speaker?.role, speakerOrganisation: q.speaker?.organisation,
                speakerGender: q.speaker?.gender.rawValue, cue: q.cue, paragraph: q.paragraphIndex,
                confidence: q.confidence, rule: q.rule)
        }
        entities = analysis.entities.map {
            EntityRecord(text: $0.text, type: $0.type.rawValue, start: $0.span.start, end: $0.span.end, canonical: $0.canonical, value: $0.value, rule: $0.rule)
        }
        inclusive = analysis.inclusiveTokens.compactMap { t in
            t.inclusive.map { InclusiveRecord(form: t.text, masc: $0.masculine, fem: $0.feminine, start: t.span.start, end: t.span.end) }
        }
        warnings = analysis.warnings
    }

    /// One line of JSON (for JSON Lines), keys sorted.
    public func jsonLine() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(self), as: UTF8.self)
    }
}
