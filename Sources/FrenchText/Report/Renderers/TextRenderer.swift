/// Plain text for a terminal: per document the quotes with speakers, the entities by type with
/// counts, the dates on a timeline and the inclusive forms; the corpus aggregates at the end.
/// ANSI colours only when `colour` is true (the CLI sets it when standard output is a terminal).
///
/// ```text
/// ━━ belarus.txt  amnesty · 4 quotes · 23 entities
/// Quotes
///    1. « Nous resterons mobilisés […] »
///       — Anna Wright (spécialiste de la région, Amnesty International; female) déclarer
/// People          Anna Wright ×4 · Alexandre Loukachenko ×1
/// Timeline        2025-09-01  1er septembre 2025
/// Inclusive       détenu·e·s ×2 (détenus / détenues)
/// ```
public struct TextRenderer: ReportRenderer {
    public var colour: Bool
    public var sections: ReportSections
    /// Longest quote shown in full, in characters; longer ones are cut in the middle.
    public var quoteWidth: Int

    public init(colour: Bool = false, sections: ReportSections = .all, quoteWidth: Int = 400) {
        self.colour = colour
        self.sections = sections
        self.quoteWidth = quoteWidth
    }

    private func paint(_ s: String, _ code: String) -> String { colour ? "\u{1B}[\(code)m\(s)\u{1B}[0m" : s }
    private func bold(_ s: String) -> String { paint(s, "1") }
    private func dim(_ s: String) -> String { paint(s, "2") }

    private func colourCode(_ type: EntityType) -> String {
        switch type {
        case .person: "34"
        case .location: "32"
        case .organisation: "33"
        case .date: "35"
        }
    }

    public func header(summary: CorpusSummary?) -> String { "" }

    public func document(_ record: AnalysisRecord, text: String?, index: Int) -> String {
        var out = ""
        var meta = [String]()
        if let source = record.source { meta.append(source) }
        if let date = record.date { meta.append(date) }
        if let encoding = record.encoding { meta.append("converted from \(encoding)") }
        if let skip = record.skipped {
            return "\(bold("━━ " + record.document))  \(paint("skipped: " + skip.message + " [" + skip.code + "]", "31"))\n\n"
        }
        if sections.contains(.quotes) { meta.append("\(record.quotes.count) quote\(record.quotes.count == 1 ? "" : "s")") }
        if sections.contains(.entities) { meta.append("\(record.entities.count) entit\(record.entities.count == 1 ? "y" : "ies")") }
        out += "\(bold("━━ " + record.document))  \(dim(meta.joined(separator: " · ")))\n"
        let digest = RecordDigest(record)

        if sections.contains(.quotes) {
            out += bold("Quotes") + "\n"
            if record.quotes.isEmpty { out += "   " + dim("none found") + "\n" }
            for (i, q) in record.quotes.enumerated() {
                let number = String(i + 1).leftPadded(to: 4)
                let kind = Self.kindLabel(q.kind).map { " " + dim("[\($0)]") } ?? ""
                out += "\(number). \(Self.quoted(q, width: quoteWidth))\(kind)\n"
                var who = q.speaker.map { paint($0, "1;36") } ?? dim(q.speakerMention.map { "(\($0), unresolved)" } ?? "(no speaker)")
                let details = [q.speakerRole, q.speakerOrganisation].compactMap { $0 }.joined(separator: ", ")
                var about = [String]()
                if !details.isEmpty { about.append(details) }
                if let g = q.speakerGender, g != SpeakerGender.unknown.rawValue { about.append(g) }
                if !about.isEmpty { who += " (" + about.joined(separator: "; ") + ")" }
                if let cue = q.cue { who += " " + dim(cue) }
                out += "      — \(who)\n"
            }
        }
        if sections.contains(.entities) {
            for type in EntityType.named {
                let groups = digest.entities[type] ?? []
                guard !groups.isEmpty else { continue }
                let list = groups.map { paint($0.name, colourCode(type)) + " ×\($0.count)" }.joined(separator: " · ")
                out += bold(type.label.padded(to: 15)) + " " + list + "\n"
            }
            if EntityType.named.allSatisfy({ digest.entities[$0]?.isEmpty ?? true }) && digest.timeline.isEmpty {
                out += bold("Entities".padded(to: 15)) + " " + dim("none found") + "\n"
            }
        }
        if sections.contains(.timeline) && !digest.timeline.isEmpty {
            out += bold("Timeline") + "\n"
            for entry in digest.timeline {
                out += "   " + paint((entry.value ?? "?").padded(to: 10), colourCode(.date)) + "  " + entry.texts.joined(separator: " · ") + "\n"
            }
        }
        if sections.contains(.inclusive) && !digest.inclusive.isEmpty {
            let list = digest.inclusive.map { "\($0.form) ×\($0.count) (\($0.masc) / \($0.fem))" }.joined(separator: " · ")
            out += bold("Inclusive".padded(to: 15)) + " " + list + "\n"
        }
        for warning in record.warnings { out += paint("warning: ", "33") + warning + "\n" }
        return out + "\n"
    }

    public func footer(summary: CorpusSummary) -> String {
        guard sections.contains(.summary), summary.inputs > 1 || !summary.skipped.isEmpty || sections == .summary else { return "" }
        var out = bold("━━ Corpus") + "  " + dim("\(summary.documents) documents analysed, \(summary.skipped.count) skipped, \(summary.converted) converted to UTF-8") + "\n"
        let kinds = ["direct", "indirect", "fragment"].map { "\(summary.quoteKinds[$0] ?? 0) \($0)" }.joined(separator: ", ")
        out += bold("Quotes".padded(to: 15)) + " " + kinds + "\n"
        out += bold("Speaker gender".padded(to: 15)) + " " + Self.shares(summary.genderShares()) + "  " + dim("(\(summary.reportedQuotes) quotes)") + "\n"
        let sources = summary.sourceNames
        if sources.count > 1 {
            for source in sources where summary.gendersBySource[source] != nil {
                out += "   " + source.padded(to: 20) + " " + Self.shares(summary.genderShares(source: source)) + "\n"
            }
        }
        let speakers = summary.topSpeakers(10)
        if !speakers.isEmpty {
            out += bold("Top speakers") + "\n"
            for s in speakers {
                let orgs = s.tally.organisationList()
                let org = orgs.isEmpty ? "" : ", " + orgs
                out += "   " + String(s.tally.quotes).leftPadded(to: 4) + "  " + paint(s.name, "1;36") + dim(org + " (\(s.tally.gender))") + "\n"
            }
        }
        for type in EntityType.named {
            let top = summary.topEntities(type, 10)
            guard !top.isEmpty else { continue }
            out += bold(("Top " + type.label.lowercased()).padded(to: 15)) + " " + top.map { paint($0.name, colourCode(type)) + " ×\($0.count)" }.joined(separator: " · ") + "\n"
        }
        if let first = summary.earliestDate, let last = summary.latestDate {
            out += bold("Dates".padded(to: 15)) + " \(first) → \(last)  " + dim(summary.datesByYear.keys.sorted().map { "\($0): \(summary.datesByYear[$0]!)" }.joined(separator: ", ")) + "\n"
        }
        let inclusive = summary.topInclusive(15)
        if !inclusive.isEmpty {
            out += bold("Inclusive".padded(to: 15)) + " " + inclusive.map { "\($0.form) ×\($0.tally.count)" }.joined(separator: " · ") + "\n"
        }
        for file in summary.skipped { out += paint("skipped ", "31") + "\(file.message) [\(file.code)]\n" }
        return out
    }

    static func shares(_ shares: [SpeakerGender: Double]) -> String {
        SpeakerGender.allCases.map { "\($0.rawValue) \(percent(shares[$0] ?? 0))" }.joined(separator: " · ")
    }

    static func percent(_ share: Double) -> String { "\(Int((share * 100).rounded()))%" }

    /// `text` cut in the middle with `[…]` when longer than `width` characters.
    /// `text` cut in its middle to about `width` characters, at word boundaries (`des familles […] ont fui.`).
    static func shortened(_ text: String, to width: Int) -> String {
        guard text.count > width, width > 10 else { return text }
        var head = text.prefix(width * 2 / 3), tail = text.suffix(width / 3 - 4)
        if let space = head.lastIndex(where: \.isWhitespace), head.distance(from: head.startIndex, to: space) > width / 3 {
            head = head[..<space]
        }
        if let space = tail.firstIndex(where: \.isWhitespace), tail.distance(from: space, to: tail.endIndex) > width / 8 {
            tail = tail[tail.index(after: space)...]
        }
        return head + " […] " + tail
    }

    /// A quote as a report shows it: direct words and fragments inside « », indirect speech
    /// (reported, not verbatim) without quotation marks.
    static func quoted(_ q: AnalysisRecord.QuoteRecord, width: Int) -> String {
        let text = shortened(q.text, to: width)
        return q.kind == Quote.Kind.indirect.rawValue ? text : "« " + text + " »"
    }

    /// The label beside a quote that is not direct: `reported speech`, `fragment`.
    static func kindLabel(_ kind: String) -> String? {
        switch kind {
        case Quote.Kind.direct.rawValue: nil
        case Quote.Kind.indirect.rawValue: "reported speech"
        default: kind
        }
    }
}
