/// What the human-readable renderers show of one document: entities grouped by type with
/// counts, the dates in date order, the inclusive forms with counts, the speakers.
///
/// ```swift
/// let digest = RecordDigest(record)
/// digest.entities[.person]        // [("Anna Wright", 4), ("Alexandre Loukachenko", 1)]
/// digest.timeline.first           // (value: "2025-09-01", texts: ["1er septembre 2025"])
/// ```
package struct RecordDigest: Sendable {
    package struct Group: Sendable, Equatable {
        package let name: String
        package let count: Int
        /// Surface forms when they differ from the name.
        package let forms: [String]
    }

    package struct DateEntry: Sendable, Equatable {
        /// ISO value, nil when the date could not be resolved.
        package let value: String?
        package let texts: [String]
    }

    package struct InclusiveEntry: Sendable, Equatable {
        package let form: String
        package let masc: String
        package let fem: String
        package let count: Int
    }

    package struct SpeakerEntry: Sendable, Equatable {
        package let name: String
        package let gender: String?
        package let role: String?
        package let organisation: String?
        package let type: String?
        /// Indices into the record's `quotes`.
        package let quotes: [Int]
    }

    /// Type → groups, most mentioned first (ties in order of first mention).
    package let entities: [EntityType: [Group]]
    package let timeline: [DateEntry]
    package let inclusive: [InclusiveEntry]
    /// Named speakers in order of first quote; quotes without a named speaker are under "".
    package let speakers: [SpeakerEntry]

    package init(_ record: AnalysisRecord) {
        var groups = [EntityType: [Group]]()
        var order = [String]()
        var counts = [String: Int]()
        var forms = [String: [String]]()
        var types = [String: EntityType]()
        var dates = [String?: [String]]()
        var dateOrder = [String?]()
        for e in record.entities {
            guard let type = EntityType(rawValue: e.type) else { continue }
            if type == .date {
                if dates[e.value] == nil { dateOrder.append(e.value) }
                if !(dates[e.value]?.contains(e.text) ?? false) { dates[e.value, default: []].append(e.text) }
                continue
            }
            let name = e.canonical.isEmpty ? e.text : e.canonical
            let key = e.type + "\t" + name
            if counts[key] == nil { order.append(key); types[key] = type }
            counts[key, default: 0] += 1
            if e.text != name, !(forms[key]?.contains(e.text) ?? false) { forms[key, default: []].append(e.text) }
        }
        for (position, key) in order.enumerated() {
            let name = String(key.split(separator: "\t", maxSplits: 1).last ?? "")
            groups[types[key]!, default: []].append(Group(name: name, count: counts[key]!, forms: forms[key] ?? []))
            _ = position
        }
        for (type, list) in groups {
            let ranked = list.enumerated().sorted { a, b in a.element.count != b.element.count ? a.element.count > b.element.count : a.offset < b.offset }
            groups[type] = ranked.map(\.element)
        }
        entities = groups
        // Dates by value; unresolved ones last.
        timeline = dateOrder.sorted { a, b in
            switch (a, b) {
            case let (x?, y?): x < y
            case (nil, _): false
            case (_, nil): true
            }
        }.map { DateEntry(value: $0, texts: dates[$0] ?? []) }

        var inclusiveOrder = [String]()
        var inclusiveByForm = [String: InclusiveEntry]()
        // Case-normalised, spelling variants (`habitant·es`, `habitant·e·s`) under the first one.
        for i in record.inclusive {
            let key = CorpusSummary.inclusiveKey(masc: i.masc, fem: i.fem)
            if let e = inclusiveByForm[key] {
                inclusiveByForm[key] = InclusiveEntry(form: e.form, masc: e.masc, fem: e.fem, count: e.count + 1)
            } else {
                inclusiveOrder.append(key)
                inclusiveByForm[key] = InclusiveEntry(form: CorpusSummary.key(i.form.lowercased()), masc: CorpusSummary.key(i.masc.lowercased()),
                                                      fem: CorpusSummary.key(i.fem.lowercased()), count: 1)
            }
        }
        inclusive = inclusiveOrder.compactMap { inclusiveByForm[$0] }

        var speakerOrder = [String]()
        var speakerQuotes = [String: [Int]]()
        var first = [String: AnalysisRecord.QuoteRecord]()
        for (i, q) in record.quotes.enumerated() where q.kind != Quote.Kind.fragment.rawValue {
            let name = q.speaker ?? ""
            if speakerQuotes[name] == nil { speakerOrder.append(name); first[name] = q }
            speakerQuotes[name, default: []].append(i)
        }
        speakers = speakerOrder.map { name in
            let quotes = speakerQuotes[name] ?? []
            let all = quotes.map { record.quotes[$0] }
            return SpeakerEntry(
                name: name,
                gender: all.lazy.compactMap(\.speakerGender).first { $0 != SpeakerGender.unknown.rawValue } ?? first[name]?.speakerGender,
                role: all.lazy.compactMap(\.speakerRole).first,
                organisation: all.lazy.compactMap(\.speakerOrganisation).first,
                type: first[name]?.speakerType,
                quotes: quotes)
        }
    }

    /// Index of a speaker in ``speakers``, by name ("" for unnamed).
    package func speakerIndex(_ name: String?) -> Int? {
        speakers.firstIndex { $0.name == (name ?? "") }
    }
}

extension EntityType {
    /// Plural English label for report headings.
    package var label: String {
        switch self {
        case .person: "People"
        case .location: "Places"
        case .organisation: "Organisations"
        case .date: "Dates"
        }
    }

    /// The three name-like types, in report order.
    package static let named: [EntityType] = [.person, .location, .organisation]
}
