/// Markdown: the text report as a document to publish or paste, one `##` section per
/// document and a `## Corpus` section with the aggregates at the end.
///
/// ```markdown
/// ## belarus.txt
/// *amnesty · 2025-09-02 · 4 quotes · 23 entities*
/// ### Quotes
/// 1. « Nous resterons mobilisés » — **Anna Wright** (spécialiste de la région, Amnesty International) · *déclarer*
/// ### Entities
/// | Type | Name | Mentions |
/// |---|---|---:|
/// | People | Anna Wright | 4 |
/// ```
public struct MarkdownRenderer: ReportRenderer {
    public var sections: ReportSections
    public var title: String

    public init(sections: ReportSections = .all, title: String = "FrenchText report") {
        self.sections = sections
        self.title = title
    }

    /// Escapes Markdown's inline syntax.
    static func escape(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        for c in s {
            switch c {
            case "\\", "`", "*", "_", "[", "]", "<", ">", "|", "#": out.append("\\"); out.append(c)
            case "\n", "\r": out.append(" ")
            default: out.append(c)
            }
        }
        return out
    }

    public func header(summary: CorpusSummary?) -> String { "# \(Self.escape(title))\n\n" }

    public func document(_ record: AnalysisRecord, text: String?, index: Int) -> String {
        let e = Self.escape
        var out = "## \(e(record.document))\n\n"
        if let skip = record.skipped { return out + "**Skipped:** \(e(skip.message)) (`\(skip.code)`)\n\n" }
        var meta = [String]()
        if let source = record.source { meta.append(e(source)) }
        if let date = record.date { meta.append(date) }
        if let encoding = record.encoding { meta.append("converted from \(e(encoding))") }
        meta.append("\(record.paragraphs) paragraphs")
        if sections.contains(.quotes) { meta.append("\(record.quotes.count) quotes") }
        if sections.contains(.entities) { meta.append("\(record.entities.count) entities") }
        out += "*" + meta.joined(separator: " · ") + "*\n\n"
        let digest = RecordDigest(record)

        if sections.contains(.quotes) {
            out += "### Quotes\n\n"
            if record.quotes.isEmpty { out += "None found.\n\n" }
            for (i, q) in record.quotes.enumerated() {
                var line = "\(i + 1). \(e(TextRenderer.quoted(q, width: 600)))"
                if let label = TextRenderer.kindLabel(q.kind) { line += " *(\(label))*" }
                if let name = q.speaker {
                    line += " — **\(e(name))**"
                } else if let mention = q.speakerMention {
                    line += " — \(e(mention)) *(unresolved)*"
                }
                let details = [q.speakerRole, q.speakerOrganisation].compactMap { $0 }.map(e).joined(separator: ", ")
                if !details.isEmpty { line += " (\(details))" }
                if let cue = q.cue { line += " · *\(e(cue))*" }
                out += line + "\n"
            }
            if !record.quotes.isEmpty { out += "\n" }
        }
        if sections.contains(.entities) {
            let rows = EntityType.named.flatMap { type in (digest.entities[type] ?? []).map { (type, $0) } }
            out += "### Entities\n\n"
            if rows.isEmpty {
                out += "None found.\n\n"
            } else {
                out += "| Type | Name | Mentions | Written as |\n|---|---|---:|---|\n"
                for (type, g) in rows { out += "| \(type.label) | \(e(g.name)) | \(g.count) | \(g.forms.map(e).joined(separator: ", ")) |\n" }
                out += "\n"
            }
        }
        if sections.contains(.timeline) && !digest.timeline.isEmpty {
            out += "### Timeline\n\n"
            for d in digest.timeline { out += "- **\(d.value ?? "?")** — \(d.texts.map(e).joined(separator: ", "))\n" }
            out += "\n"
        }
        if sections.contains(.inclusive) && !digest.inclusive.isEmpty {
            out += "### Inclusive forms\n\n| Form | Count | Masculine | Feminine |\n|---|---:|---|---|\n"
            for i in digest.inclusive { out += "| \(e(i.form)) | \(i.count) | \(e(i.masc)) | \(e(i.fem)) |\n" }
            out += "\n"
        }
        if !record.warnings.isEmpty {
            out += "> **Warnings:** " + record.warnings.map(e).joined(separator: "; ") + "\n\n"
        }
        return out
    }

    public func footer(summary: CorpusSummary) -> String {
        guard sections.contains(.summary), summary.inputs > 1 || !summary.skipped.isEmpty || sections == .summary else { return "" }
        let e = Self.escape
        var out = "## Corpus\n\n"
        out += "- Documents analysed: **\(summary.documents)**; skipped: **\(summary.skipped.count)**; converted to UTF-8: \(summary.converted)\n"
        out += "- Characters: \(summary.characters); paragraphs: \(summary.paragraphs); sentences: \(summary.sentences)\n"
        out += "- Quotes: " + ["direct", "indirect", "fragment"].map { "\(summary.quoteKinds[$0] ?? 0) \($0)" }.joined(separator: ", ") + "\n"
        if let first = summary.earliestDate, let last = summary.latestDate { out += "- Dates covered: \(first) → \(last)\n" }
        out += "\n### Share of quotes by speaker gender\n\n| Source | Quotes | " + SpeakerGender.allCases.map(\.rawValue).joined(separator: " | ") + " |\n|---|---:|" + String(repeating: "---:|", count: SpeakerGender.allCases.count) + "\n"
        func row(_ label: String, _ source: String?) -> String {
            let counts = source.map { summary.gendersBySource[$0] ?? [:] } ?? summary.genders
            let shares = summary.genderShares(source: source)
            return "| \(label) | \(counts.values.reduce(0, +)) | " + SpeakerGender.allCases.map { TextRenderer.percent(shares[$0] ?? 0) }.joined(separator: " | ") + " |\n"
        }
        out += row("**all**", nil)
        for source in summary.sourceNames where summary.gendersBySource[source] != nil { out += row(e(source), source) }
        let speakers = summary.topSpeakers(20)
        if !speakers.isEmpty {
            out += "\n### Top speakers\n\n| Speaker | Quotes | Documents | Organisations | Gender |\n|---|---:|---:|---|---|\n"
            for s in speakers {
                out += "| \(e(s.name)) | \(s.tally.quotes) | \(s.tally.documents) | \(e(s.tally.organisationList())) | \(s.tally.gender) |\n"
            }
        }
        for type in EntityType.named {
            let top = summary.topEntities(type, 15)
            guard !top.isEmpty else { continue }
            out += "\n### Most-mentioned \(type.label.lowercased())\n\n| Name | Mentions |\n|---|---:|\n"
            for t in top { out += "| \(e(t.name)) | \(t.count) |\n" }
        }
        if !summary.datesByYear.isEmpty {
            out += "\n### Dates by year\n\n| Year | Mentions |\n|---|---:|\n"
            for year in summary.datesByYear.keys.sorted() { out += "| \(e(year)) | \(summary.datesByYear[year]!) |\n" }
        }
        let inclusive = summary.topInclusive(30)
        if !inclusive.isEmpty {
            out += "\n### Inclusive forms\n\n| Form | Count | Masculine | Feminine |\n|---|---:|---|---|\n"
            for i in inclusive { out += "| \(e(i.form)) | \(i.tally.count) | \(e(i.tally.masc)) | \(e(i.tally.fem)) |\n" }
        }
        if !summary.skipped.isEmpty {
            out += "\n### Skipped files\n\n"
            for f in summary.skipped { out += "- `\(f.code)` \(e(f.message))\n" }
        }
        return out + "\n"
    }
}
