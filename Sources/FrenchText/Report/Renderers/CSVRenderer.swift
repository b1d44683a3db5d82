/// CSV tables for spreadsheets (RFC 4180: CRLF line ends, fields with a comma, a double quote
/// or a line break quoted, double quotes doubled): one row per quote (`quotes.csv`) or one row
/// per entity mention (`entities.csv`), each row naming its document.
///
/// ```swift
/// let csv = CSVRenderer(table: .quotes)
/// csv.header(summary: nil)   // "document,path,source,kind,text,speaker,…\r\n"
/// csv.document(record, text: nil, index: 0)
/// // "belarus.txt,presse/belarus.txt,presse,direct,\"Nous resterons mobilisés, a-t-elle…\",Anna Wright,…\r\n"
/// ```
public struct CSVRenderer: ReportRenderer {
    public enum Table: String, Sendable, CaseIterable {
        case quotes, entities

        /// The file name `--output DIR` gives the table.
        public var fileName: String { rawValue + ".csv" }

        public var columns: [String] {
            switch self {
            case .quotes:
                ["document", "path", "source", "kind", "text", "speaker", "speaker_mention", "speaker_type", "speaker_gender",
                 "speaker_role", "speaker_organisation", "cue", "paragraph", "start", "end", "confidence", "rule"]
            case .entities:
                ["document", "path", "source", "type", "text", "canonical", "value", "start", "end", "rule"]
            }
        }
    }

    public var table: Table

    public init(table: Table) { self.table = table }

    /// One field, quoted when it must be.
    public static func field(_ value: String) -> String {
        guard value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) else { return value }
        return "\"" + value.replacingAll("\"", with: "\"\"") + "\""
    }

    public static func row(_ fields: [String]) -> String { fields.map(field).joined(separator: ",") + "\r\n" }

    public func header(summary: CorpusSummary?) -> String { Self.row(table.columns) }

    public func document(_ record: AnalysisRecord, text: String?, index: Int) -> String {
        let base = [record.document, record.path ?? "", record.source ?? ""]
        var out = ""
        switch table {
        case .quotes:
            for q in record.quotes {
                out += Self.row(base + [
                    q.kind, q.text, q.speaker ?? "", q.speakerMention ?? "", q.speakerType ?? "", q.speakerGender ?? "",
                    q.speakerRole ?? "", q.speakerOrganisation ?? "", q.cue ?? "", String(q.paragraph), String(q.start), String(q.end),
                    String(q.confidence), q.rule,
                ])
            }
        case .entities:
            for e in record.entities {
                out += Self.row(base + [e.type, e.text, e.canonical, e.value ?? "", String(e.start), String(e.end), e.rule])
            }
        }
        return out
    }

    public func footer(summary: CorpusSummary) -> String { "" }

    /// Parses RFC 4180 text back into rows (for tests and tools).
    public static func parse(_ text: String) -> [[String]] {
        var rows = [[String]]()
        var row = [String]()
        var field = ""
        var quoted = false
        var afterQuote = false
        var iterator = text.unicodeScalars.makeIterator()
        var pending: Unicode.Scalar? = nil
        func next() -> Unicode.Scalar? {
            if let p = pending { pending = nil; return p }
            return iterator.next()
        }
        while let c = next() {
            if quoted {
                if c == "\"" {
                    if let n = next() {
                        if n == "\"" { field.unicodeScalars.append("\"") } else { quoted = false; afterQuote = true; pending = n }
                    } else { quoted = false }
                } else { field.unicodeScalars.append(c) }
                continue
            }
            switch c {
            case "\"" where field.isEmpty && !afterQuote: quoted = true
            case ",": row.append(field); field = ""; afterQuote = false
            case "\r": break
            case "\n": row.append(field); rows.append(row); row = []; field = ""; afterQuote = false
            default: field.unicodeScalars.append(c)
            }
        }
        if !field.isEmpty || !row.isEmpty { row.append(field); rows.append(row) }
        return rows
    }
}
