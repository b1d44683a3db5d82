import Foundation

/// The serialisable form of an ``Analysis``: one JSON object per document, in the shape
/// `../shared/eval/score.py` reads (`document`, `quotes`, `entities`, `inclusive`), plus what
/// corpus aggregates need (`source`, speaker gender and organisation, canonical entity names),
/// so that `frtext merge` rebuilds a ``CorpusSummary`` from JSON Lines alone.
/// Offsets are Unicode code points (`start` inclusive, `end` exclusive).
///
/// A file that could not be analysed gives a record with `skipped` set and empty lists.
///
/// ```json
/// {"document":"belarus.txt","path":"presse/amnesty/belarus.txt","source":"amnesty",
///  "quotes":[{"kind":"direct","text":"Nous resterons mobilisés","speaker":"Anna Wright",
///             "speaker_gender":"female","start":12,"end":36,…}],
///  "entities":[{"text":"1er septembre 2025","type":"DATE","value":"2025-09-01",…}],
///  "inclusive":[{"form":"détenu·e·s","masc":"détenus","fem":"détenues",…}], …}
/// ```
public struct AnalysisRecord: Codable, Sendable, Equatable {
    public struct QuoteRecord: Codable, Sendable, Equatable {
        public var kind: String
        public var text: String
        public var start: Int
        public var end: Int
        public var speaker: String?
        public var speakerMention: String?
        /// Code-point offsets of the speaker's mention near the quote, when known.
        public var speakerStart: Int?
        public var speakerEnd: Int?
        public var speakerType: String?
        public var speakerRole: String?
        public var speakerOrganisation: String?
        public var speakerGender: String?
        /// How the speaker was reached after stage 1: a stage-2 sieve (`pronoun`, `role`, `name`…) or a late sieve
        /// (`salient-speaker`…); absent when stage 1's reading was kept.
        public var speakerResolution: String?
        public var cue: String?
        public var paragraph: Int
        public var confidence: Double
        public var rule: String

        enum CodingKeys: String, CodingKey {
            case kind, text, start, end, speaker, cue, paragraph, confidence, rule
            case speakerMention = "speaker_mention", speakerType = "speaker_type", speakerRole = "speaker_role"
            case speakerOrganisation = "speaker_organisation", speakerGender = "speaker_gender"
            case speakerStart = "speaker_start", speakerEnd = "speaker_end", speakerResolution = "speaker_resolution"
        }

        public init(
            kind: String, text: String, start: Int, end: Int, speaker: String? = nil, speakerMention: String? = nil,
            speakerStart: Int? = nil, speakerEnd: Int? = nil, speakerType: String? = nil, speakerRole: String? = nil,
            speakerOrganisation: String? = nil, speakerGender: String? = nil, speakerResolution: String? = nil, cue: String? = nil,
            paragraph: Int = 0, confidence: Double = 1, rule: String = ""
        ) {
            self.kind = kind
            self.text = text
            self.start = start
            self.end = end
            self.speaker = speaker
            self.speakerMention = speakerMention
            self.speakerStart = speakerStart
            self.speakerEnd = speakerEnd
            self.speakerType = speakerType
            self.speakerRole = speakerRole
            self.speakerOrganisation = speakerOrganisation
            self.speakerGender = speakerGender
            self.speakerResolution = speakerResolution
            self.cue = cue
            self.paragraph = paragraph
            self.confidence = confidence
            self.rule = rule
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

        enum CodingKeys: String, CodingKey { case text, type, start, end, canonical, value, rule }

        /// A DATE always has its `value` key: `null` when the date has no year and the
        /// document no date to take it from (the README's promise); other types omit it when nil.
        public func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(canonical, forKey: .canonical)
            try c.encode(end, forKey: .end)
            try c.encode(rule, forKey: .rule)
            try c.encode(start, forKey: .start)
            try c.encode(text, forKey: .text)
            try c.encode(type, forKey: .type)
            if type == EntityType.date.rawValue { try c.encode(value, forKey: .value) } else { try c.encodeIfPresent(value, forKey: .value) }
        }

        public init(text: String, type: String, start: Int, end: Int, canonical: String? = nil, value: String? = nil, rule: String = "") {
            self.text = text
            self.type = type
            self.start = start
            self.end = end
            self.canonical = canonical ?? text
            self.value = value
            self.rule = rule
        }
    }

    public struct InclusiveRecord: Codable, Sendable, Equatable {
        public var form: String
        public var masc: String
        public var fem: String
        public var start: Int
        public var end: Int

        public init(form: String, masc: String, fem: String, start: Int, end: Int) {
            self.form = form
            self.masc = masc
            self.fem = fem
            self.start = start
            self.end = end
        }
    }

    /// Why a file was not analysed: a ``FrenchTextError`` code and message.
    public struct SkipRecord: Codable, Sendable, Equatable {
        public var code: String
        public var message: String

        public init(code: String, message: String) {
            self.code = code
            self.message = message
        }
    }

    /// The document's name (file name); the scorer matches on it.
    public var document: String
    /// The path as given or found (`-` for standard input).
    public var path: String?
    /// The source the document is counted under in per-source aggregates.
    public var source: String?
    /// The charset the file was converted from; nil when it was UTF-8.
    public var encoding: String?
    /// Size of the input in bytes and in code points.
    public var bytes: Int?
    public var characters: Int?
    public var date: String?
    public var paragraphs: Int
    public var sentences: Int
    public var tokens: Int
    public var quotes: [QuoteRecord]
    public var entities: [EntityRecord]
    public var inclusive: [InclusiveRecord]
    public var warnings: [String]
    /// Set when the file was skipped (binary, empty, unreadable…).
    public var skipped: SkipRecord?

    public init(_ analysis: Analysis, documentName: String? = nil) {
        let doc = analysis.document
        document = documentName ?? doc.name
        path = doc.name
        date = analysis.date?.iso
        characters = doc.codePointCount
        bytes = doc.text.utf8.count
        paragraphs = doc.paragraphs.count
        sentences = doc.sentences.count
        tokens = doc.tokens.count
        quotes = analysis.quotes.map { q in
            QuoteRecord(
                kind: q.kind.rawValue, text: q.text, start: q.span.start, end: q.span.end,
                speaker: q.speaker?.name, speakerMention: q.speaker?.mention,
                speakerStart: q.speaker?.mentionSpan?.start, speakerEnd: q.speaker?.mentionSpan?.end,
                speakerType: q.speaker?.kind.rawValue,
                speakerRole: q.speaker?.role, speakerOrganisation: q.speaker?.organisation,
                speakerGender: q.speaker?.gender.rawValue, speakerResolution: q.resolution, cue: q.cue, paragraph: q.paragraphIndex,
                confidence: q.confidence, rule: q.rule.rawValue)
        }
        entities = analysis.entities.map {
            EntityRecord(text: $0.text, type: $0.type.rawValue, start: $0.span.start, end: $0.span.end, canonical: $0.canonical, value: $0.value, rule: $0.rule)
        }
        inclusive = analysis.inclusiveTokens.compactMap { t in
            t.inclusive.map { InclusiveRecord(form: t.text, masc: $0.masculine, fem: $0.feminine, start: t.span.start, end: t.span.end) }
        }
        warnings = analysis.warnings.map { "\($0.message) [\($0.code)]" }
    }

    /// A record for an input of a batch: the analysis plus where it came from.
    package init(_ analysis: Analysis, item: InputItem, input: InputReader.Input? = nil) {
        self.init(analysis, documentName: item.document)
        path = item.path
        source = item.source
        if let input {
            encoding = input.charset
            bytes = input.byteCount
            warnings = input.warnings.map { "\($0.message) [\($0.code)]" } + warnings
        }
    }

    /// The record of a file that was not analysed.
    package init(skipped item: InputItem, error: FrenchTextError) {
        document = item.document
        path = item.path
        source = item.source
        paragraphs = 0
        sentences = 0
        tokens = 0
        quotes = []
        entities = []
        inclusive = []
        warnings = []
        skipped = SkipRecord(code: error.code, message: error.message)
    }

    /// One line of JSON (for JSON Lines), keys sorted.
    public func jsonLine() throws -> String {
        if let line = JSONLineWriter.line(self) { return line }
        return String(decoding: try Self.lineEncoder.encode(self), as: UTF8.self)
    }

    /// Indented JSON, keys sorted.
    public func prettyJSON() throws -> String {
        String(decoding: try Self.prettyEncoder.encode(self), as: UTF8.self)
    }

    /// Reads one JSON Lines line.
    public static func decode(jsonLine line: some StringProtocol) throws -> AnalysisRecord {
        try JSONDecoder().decode(AnalysisRecord.self, from: Data(line.utf8))
    }

    static let lineEncoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }()

    static let prettyEncoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes, .prettyPrinted]
        return encoder
    }()

    /// Direct and indirect quotes (fragments left out), the ones aggregates count.
    public var reportedQuotes: [QuoteRecord] { quotes.filter { $0.kind != Quote.Kind.fragment.rawValue } }
}
