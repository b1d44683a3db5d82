import Foundation

/// JSON: the run as one array of document objects, one object a line, written as each
/// document finishes (`[` first, `]` last), or (``lines``) JSON Lines: one object per line and
/// nothing else, the format `frtext merge` and the scorer read.
///
/// ```json
/// [
/// {"document":"a.txt","quotes":[…],"entities":[…],"inclusive":[…],…},
/// {"document":"b.txt",…}
/// ]
/// ```
public struct JSONRenderer: ReportRenderer {
    public var lines: Bool
    public var sections: ReportSections

    public init(lines: Bool, sections: ReportSections = .all) {
        self.lines = lines
        self.sections = sections
    }

    public func header(summary: CorpusSummary?) -> String { lines ? "" : "[\n" }

    public func document(_ record: AnalysisRecord, text: String?, index: Int) -> String {
        let json = Self.encode(record, sections: sections)
        return lines ? json + "\n" : (index == 0 ? "" : ",\n") + json
    }

    public func footer(summary: CorpusSummary) -> String { lines ? "" : (summary.inputs == 0 ? "]\n" : "\n]\n") }

    /// One record on one line, keys sorted, with only the lists of `sections`.
    public static func encode(_ record: AnalysisRecord, sections: ReportSections = .all, pretty: Bool = false) -> String {
        var r = record
        if !pretty, sections.isSuperset(of: [.quotes, .entities, .inclusive]), let line = JSONLineWriter.line(record) { return line }
        let encoder = pretty ? AnalysisRecord.prettyEncoder : AnalysisRecord.lineEncoder
        if !pretty && record.quotes.count + record.entities.count + record.inclusive.count > largeRecord {
            return encodeInPieces(record, sections: sections)
        }
        if sections.isSuperset(of: [.quotes, .entities, .inclusive]) {
            return (try? String(decoding: encoder.encode(r), as: UTF8.self)) ?? "{}"
        }
        if !sections.contains(.quotes) { r.quotes = [] }
        if !sections.contains(.entities) { r.entities = [] }
        if !sections.contains(.inclusive) { r.inclusive = [] }
        let projected = RecordProjection(record: r, sections: sections)
        return (try? String(decoding: encoder.encode(projected), as: UTF8.self)) ?? "{}"
    }
}

extension JSONRenderer {
    /// Records with more list elements than this are encoded one element at a time.
    static let largeRecord = 4096

    /// The same line as the one-piece encoding, built one list element at a time: JSONEncoder's
    /// intermediate tree for a whole 60 MB document would take several times its size.
    static func encodeInPieces(_ record: AnalysisRecord, sections: ReportSections) -> String {
        var head = record
        head.quotes = []
        head.entities = []
        head.inclusive = []
        var line = encode(head, sections: sections)
        func splice<T: Encodable>(_ key: String, _ list: [T]) {
            guard !list.isEmpty, let range = line.range(of: "\"\(key)\":[]") else { return }
            var out = "\"\(key)\":["
            out.reserveCapacity(list.count * 160)
            for (i, element) in list.enumerated() {
                if i > 0 { out += "," }
                out += (try? String(decoding: AnalysisRecord.lineEncoder.encode(element), as: UTF8.self)) ?? "null"
            }
            out += "]"
            line.replaceSubrange(range, with: out)
        }
        if sections.contains(.quotes) { splice("quotes", record.quotes) }
        if sections.contains(.entities) { splice("entities", record.entities) }
        if sections.contains(.inclusive) { splice("inclusive", record.inclusive) }
        return line
    }
}

/// A record with only some of its lists (`frtext quotes` leaves out `entities` and `inclusive`).
struct RecordProjection: Encodable {
    let record: AnalysisRecord
    let sections: ReportSections

    private struct Key: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(_ s: String) { stringValue = s }
        init?(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: Key.self)
        try c.encode(record.document, forKey: Key("document"))
        try c.encodeIfPresent(record.path, forKey: Key("path"))
        try c.encodeIfPresent(record.source, forKey: Key("source"))
        try c.encodeIfPresent(record.date, forKey: Key("date"))
        try c.encodeIfPresent(record.encoding, forKey: Key("encoding"))
        try c.encodeIfPresent(record.skipped, forKey: Key("skipped"))
        if sections.contains(.quotes) { try c.encode(record.quotes, forKey: Key("quotes")) }
        if sections.contains(.entities) { try c.encode(record.entities, forKey: Key("entities")) }
        if sections.contains(.inclusive) { try c.encode(record.inclusive, forKey: Key("inclusive")) }
        try c.encode(record.warnings, forKey: Key("warnings"))
    }
}
