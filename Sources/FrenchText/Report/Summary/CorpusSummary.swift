import Foundation

/// Aggregates over a corpus: a pure value built one ``AnalysisRecord`` at a time and merged
/// with the summaries of other shards. It reads records only (never texts), so a summary
/// rebuilt from the JSON Lines of N shards (`frtext merge`) equals the one of a single run.
///
/// Quotes are counted when their kind is `direct` or `indirect` (fragments are not somebody's words).
/// Names, sources and forms are keyed by their NFC form, so NFC and NFD spellings of `Genève`
/// count together and the summary does not depend on which spelling came first.
///
/// ```swift
/// var summary = CorpusSummary()
/// for record in records { summary.add(record) }
/// summary.merge(otherShard)
/// summary.topSpeakers(5).first?.name          // "Anna Wright"
/// summary.genderShares()[.female]             // 0.5
/// summary.topEntities(.location, 3)           // [("Bélarus", 4), ("Genève", 2), …]
/// ```
public struct CorpusSummary: Codable, Sendable, Equatable {
    /// One speaker over the corpus.
    public struct SpeakerTally: Codable, Sendable, Equatable {
        public var quotes = 0
        public var documents = 0
        /// `person`, `organisation` or `unknown` → quotes.
        public var types: [String: Int] = [:]
        /// Gender as stated (female, male, non-binary, unknown) → quotes.
        public var genders: [String: Int] = [:]
        /// Organisations stated with the speaker → quotes.
        public var organisations: [String: Int] = [:]

        public init() {}

        mutating func merge(_ other: SpeakerTally) {
            quotes += other.quotes
            documents += other.documents
            types.add(other.types)
            genders.add(other.genders)
            organisations.add(other.organisations)
        }

        /// The gender stated most often, `unknown` when none is.
        public var gender: String { genders.mostFrequent(excluding: SpeakerGender.unknown.rawValue) ?? SpeakerGender.unknown.rawValue }
        /// The organisation stated most often.
        public var organisation: String? { organisations.mostFrequent() }
        /// Up to `limit` organisations, most often stated first, joined by commas ("" when none).
        public func organisationList(_ limit: Int = 3) -> String {
            organisations.topCounts(limit).map(\.name).joined(separator: ", ")
        }
    }

    /// One inclusive-writing form over the corpus: its spelling variants (`habitant·es`,
    /// `habitant·e·s`) grouped under one masculine / feminine pair, case-normalised.
    public struct InclusiveTally: Codable, Sendable, Equatable {
        public var count = 0
        public var masc: String
        public var fem: String
        /// Spelling (lower-cased, NFC) → occurrences.
        public var variants: [String: Int] = [:]

        public init(count: Int = 0, masc: String, fem: String, variants: [String: Int] = [:]) {
            self.count = count
            self.masc = masc
            self.fem = fem
            self.variants = variants
        }

        public init(from decoder: Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            count = try c.decode(Int.self, forKey: .count)
            masc = try c.decode(String.self, forKey: .masc)
            fem = try c.decode(String.self, forKey: .fem)
            variants = try c.decodeIfPresent([String: Int].self, forKey: .variants) ?? [:]
        }

        /// The spelling used most (ties: the shortest, then by name).
        public var form: String {
            variants.max { a, b in a.value != b.value ? a.value < b.value : (a.key.count != b.key.count ? a.key.count > b.key.count : a.key > b.key) }?.key ?? masc
        }
        /// The other spellings, most used first.
        public var otherVariants: [String] {
            let main = form
            return variants.filter { $0.key != main }.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.map(\.key)
        }
    }

    /// The NFC form of `s`: the key of names, sources and forms.
    static func key(_ s: String) -> String {
        // Text made only of scalars below U+0300 (Latin letters with their accents precomposed) and of the
        // general punctuation U+2010–U+2027 and `€` is NFC already: none decomposes, none composes.
        if s.unicodeScalars.allSatisfy({ $0.value < 0x300 || (0x2010...0x2027).contains($0.value) || $0.value == 0x20AC }) { return s }
        return s.precomposedStringWithCanonicalMapping
    }

    /// The key of an inclusive form: its masculine and feminine expansions, lower-cased, NFC.
    static func inclusiveKey(masc: String, fem: String) -> String { key(masc.lowercased()) + "/" + key(fem.lowercased()) }

    /// A file that was not analysed.
    public struct SkippedFile: Codable, Sendable, Equatable, Comparable {
        public var path: String
        public var code: String
        public var message: String

        public static func < (a: SkippedFile, b: SkippedFile) -> Bool {
            a.path.utf8.lexicographicallyPrecedes(b.path.utf8)
        }
    }

    public var documents = 0
    public var skipped: [SkippedFile] = []
    /// Files converted to UTF-8 from another charset.
    public var converted = 0
    public var bytes = 0
    public var characters = 0
    public var paragraphs = 0
    public var sentences = 0
    public var tokens = 0
    public var warnings = 0
    /// Quote kind (direct, indirect, fragment) → count.
    public var quoteKinds: [String: Int] = [:]
    /// Canonical speaker name → tally. Quotes without a named speaker are not here.
    public var speakers: [String: SpeakerTally] = [:]
    /// Speaker gender → direct and indirect quotes.
    public var genders: [String: Int] = [:]
    /// Source → speaker gender → quotes.
    public var gendersBySource: [String: [String: Int]] = [:]
    /// Source → documents.
    public var sources: [String: Int] = [:]
    /// Entity type (PER, LOC, ORG, DATE) → canonical name → mentions.
    public var entities: [String: [String: Int]] = [:]
    /// Year (`2025`) → DATE mentions with a value in that year.
    public var datesByYear: [String: Int] = [:]
    /// Earliest and latest ISO date mentioned or given (`2014`, `2014-06`, `2014-06-02`).
    public var earliestDate: String?
    public var latestDate: String?
    /// Inclusive form, lower-cased → tally.
    public var inclusive: [String: InclusiveTally] = [:]

    enum CodingKeys: String, CodingKey {
        case documents, skipped, converted, bytes, characters, paragraphs, sentences, tokens, warnings
        case quoteKinds = "quote_kinds", speakers, genders, gendersBySource = "genders_by_source", sources, entities
        case datesByYear = "dates_by_year", earliestDate = "earliest_date", latestDate = "latest_date", inclusive
    }

    public init() {}

    /// Documents analysed plus files skipped.
    public var inputs: Int { documents + skipped.count }

    /// Adds one document (or one skipped file).
    public mutating func add(_ record: AnalysisRecord) {
        if let skip = record.skipped {
            let file = SkippedFile(path: record.path ?? record.document, code: skip.code, message: skip.message)
            let at = skipped.partitioningIndex { !($0 < file) }
            skipped.insert(file, at: at)
            return
        }
        documents += 1
        if record.encoding != nil { converted += 1 }
        bytes += record.bytes ?? 0
        characters += record.characters ?? 0
        paragraphs += record.paragraphs
        sentences += record.sentences
        tokens += record.tokens
        warnings += record.warnings.count
        let source = Self.key(record.source ?? ".")
        sources[source, default: 0] += 1

        var speakersHere = Set<String>()
        for q in record.quotes {
            quoteKinds[q.kind, default: 0] += 1
            guard q.kind != Quote.Kind.fragment.rawValue else { continue }
            let gender = q.speakerGender ?? SpeakerGender.unknown.rawValue
            genders[gender, default: 0] += 1
            gendersBySource[source, default: [:]][gender, default: 0] += 1
            guard let name = q.speaker.map(Self.key), !name.isEmpty else { continue }
            var tally = speakers[name] ?? SpeakerTally()
            tally.quotes += 1
            if speakersHere.insert(name).inserted { tally.documents += 1 }
            tally.types[q.speakerType ?? Speaker.Kind.unknown.rawValue, default: 0] += 1
            tally.genders[gender, default: 0] += 1
            if let org = q.speakerOrganisation, !org.isEmpty { tally.organisations[Self.key(org), default: 0] += 1 }
            speakers[name] = tally
        }
        for e in record.entities {
            entities[e.type, default: [:]][Self.key(e.canonical.isEmpty ? e.text : e.canonical), default: 0] += 1
            if e.type == EntityType.date.rawValue, let value = e.value, !value.isEmpty {
                datesByYear[String(value.prefix(4)), default: 0] += 1
                noteDate(value)
            }
        }
        if let date = record.date, !date.isEmpty { noteDate(date) }
        for i in record.inclusive {
            let key = Self.inclusiveKey(masc: i.masc, fem: i.fem)
            var tally = inclusive[key] ?? InclusiveTally(masc: Self.key(i.masc.lowercased()), fem: Self.key(i.fem.lowercased()))
            tally.count += 1
            tally.variants[Self.key(i.form.lowercased()), default: 0] += 1
            inclusive[key] = tally
        }
    }

    private mutating func noteDate(_ value: String) {
        if earliestDate.map({ value < $0 }) ?? true { earliestDate = value }
        if latestDate.map({ value > $0 }) ?? true { latestDate = value }
    }

    /// Adds the counts of `other` (another shard, another batch).
    public mutating func merge(_ other: CorpusSummary) {
        documents += other.documents
        skipped = (skipped + other.skipped).sorted()
        converted += other.converted
        bytes += other.bytes
        characters += other.characters
        paragraphs += other.paragraphs
        sentences += other.sentences
        tokens += other.tokens
        warnings += other.warnings
        quoteKinds.add(other.quoteKinds)
        for (name, tally) in other.speakers { speakers[name, default: SpeakerTally()].merge(tally) }
        genders.add(other.genders)
        for (source, counts) in other.gendersBySource { gendersBySource[source, default: [:]].add(counts) }
        sources.add(other.sources)
        for (type, counts) in other.entities { entities[type, default: [:]].add(counts) }
        datesByYear.add(other.datesByYear)
        if let e = other.earliestDate { noteDate(e) }
        if let l = other.latestDate { noteDate(l) }
        for (form, tally) in other.inclusive {
            if var mine = inclusive[form] {
                mine.count += tally.count
                mine.variants.add(tally.variants)
                inclusive[form] = mine
            } else {
                inclusive[form] = tally
            }
        }
    }

    /// The merge of two summaries.
    public func merged(with other: CorpusSummary) -> CorpusSummary {
        var copy = self
        copy.merge(other)
        return copy
    }

    // MARK: Views

    /// Direct and indirect quotes.
    public var reportedQuotes: Int { genders.values.reduce(0, +) }

    /// The `limit` speakers with most quotes (ties by name).
    public func topSpeakers(_ limit: Int) -> [(name: String, tally: SpeakerTally)] {
        Array(speakers.sorted { a, b in a.value.quotes != b.value.quotes ? a.value.quotes > b.value.quotes : a.key < b.key }
            .prefix(limit).map { (name: $0.key, tally: $0.value) })
    }

    /// The `limit` most-mentioned entities of a type by canonical name (ties by name).
    public func topEntities(_ type: EntityType, _ limit: Int) -> [(name: String, count: Int)] {
        (entities[type.rawValue] ?? [:]).topCounts(limit)
    }

    /// Inclusive forms, most frequent first, each under its most used spelling.
    public func topInclusive(_ limit: Int) -> [(form: String, tally: InclusiveTally)] {
        Array(inclusive.sorted { a, b in a.value.count != b.value.count ? a.value.count > b.value.count : a.key < b.key }
            .prefix(limit).map { (form: $0.value.form, tally: $0.value) })
    }

    /// Share (0…1) of direct and indirect quotes by speaker gender, overall or for one source.
    public func genderShares(source: String? = nil) -> [SpeakerGender: Double] {
        let counts = source.map { gendersBySource[$0] ?? [:] } ?? genders
        let total = counts.values.reduce(0, +)
        var shares = [SpeakerGender: Double]()
        for g in SpeakerGender.allCases { shares[g] = total == 0 ? 0 : Double(counts[g.rawValue] ?? 0) / Double(total) }
        return shares
    }

    /// Sources in name order.
    public var sourceNames: [String] { sources.keys.sorted() }
}
