/// An ``AnalysisRecord`` as one JSON line, keys sorted: byte for byte what `JSONEncoder` with
/// `[.sortedKeys, .withoutEscapingSlashes]` writes (``AnalysisRecord/lineEncoder``), without the encoder's
/// intermediate tree of boxed values (JSON was about 9 % of a `frtext report` run).
///
/// The encoder's conventions, kept here: keys in byte order; `nil` fields left out (an entity's `value`
/// written as `null` on a DATE); integers as written; a double as Swift's shortest form with a trailing `.0`
/// dropped (`0.72`, `1`, `1e-05`); in strings `"` and `\` escaped, control characters as `\n`, `\t`, `\r`, `\b`,
/// `\f` or `\u00XX`, everything else (slashes, non-ASCII) as is. A record with a double that is not finite, which
/// the encoder would refuse, is not written: ``line(_:)`` returns nil and the caller uses the encoder.
///
/// ```swift
/// JSONLineWriter.line(record)   // {"bytes":3242,"characters":3037,"date":"2025-03-12","document":"a.txt",…}
/// ```
package enum JSONLineWriter {
    package static func line(_ r: AnalysisRecord) -> String? {
        guard r.quotes.allSatisfy({ $0.confidence.isFinite }) else { return nil }
        var o = Output()
        o.raw("{")
        var first = true
        func key(_ k: String) {
            if !first { o.raw(",") }
            first = false
            o.raw("\"")
            o.raw(k)
            o.raw("\":")
        }
        if let v = r.bytes { key("bytes"); o.int(v) }
        if let v = r.characters { key("characters"); o.int(v) }
        if let v = r.date { key("date"); o.string(v) }
        key("document"); o.string(r.document)
        if let v = r.encoding { key("encoding"); o.string(v) }
        key("entities"); o.list(r.entities) { o, e in entity(e, &o) }
        key("inclusive"); o.list(r.inclusive) { o, i in inclusive(i, &o) }
        key("paragraphs"); o.int(r.paragraphs)
        if let v = r.path { key("path"); o.string(v) }
        key("quotes"); o.list(r.quotes) { o, q in quote(q, &o) }
        key("sentences"); o.int(r.sentences)
        if let s = r.skipped {
            key("skipped")
            o.raw("{\"code\":"); o.string(s.code); o.raw(",\"message\":"); o.string(s.message); o.raw("}")
        }
        if let v = r.source { key("source"); o.string(v) }
        key("tokens"); o.int(r.tokens)
        key("warnings"); o.list(r.warnings) { o, w in o.string(w) }
        o.raw("}")
        return o.text
    }

    private static func entity(_ e: AnalysisRecord.EntityRecord, _ o: inout Output) {
        o.raw("{\"canonical\":"); o.string(e.canonical)
        o.raw(",\"end\":"); o.int(e.end)
        o.raw(",\"rule\":"); o.string(e.rule)
        o.raw(",\"start\":"); o.int(e.start)
        o.raw(",\"text\":"); o.string(e.text)
        o.raw(",\"type\":"); o.string(e.type)
        if let v = e.value {
            o.raw(",\"value\":"); o.string(v)
        } else if e.type == EntityType.date.rawValue {
            o.raw(",\"value\":null")
        }
        o.raw("}")
    }

    private static func inclusive(_ i: AnalysisRecord.InclusiveRecord, _ o: inout Output) {
        o.raw("{\"end\":"); o.int(i.end)
        o.raw(",\"fem\":"); o.string(i.fem)
        o.raw(",\"form\":"); o.string(i.form)
        o.raw(",\"masc\":"); o.string(i.masc)
        o.raw(",\"start\":"); o.int(i.start)
        o.raw("}")
    }

    private static func quote(_ q: AnalysisRecord.QuoteRecord, _ o: inout Output) {
        o.raw("{\"confidence\":"); o.double(q.confidence)
        if let v = q.cue { o.raw(",\"cue\":"); o.string(v) }
        o.raw(",\"end\":"); o.int(q.end)
        o.raw(",\"kind\":"); o.string(q.kind)
        o.raw(",\"paragraph\":"); o.int(q.paragraph)
        o.raw(",\"rule\":"); o.string(q.rule)
        if let v = q.speaker { o.raw(",\"speaker\":"); o.string(v) }
        if let v = q.speakerEnd { o.raw(",\"speaker_end\":"); o.int(v) }
        if let v = q.speakerGender { o.raw(",\"speaker_gender\":"); o.string(v) }
        if let v = q.speakerMention { o.raw(",\"speaker_mention\":"); o.string(v) }
        if let v = q.speakerOrganisation { o.raw(",\"speaker_organisation\":"); o.string(v) }
        if let v = q.speakerResolution { o.raw(",\"speaker_resolution\":"); o.string(v) }
        if let v = q.speakerRole { o.raw(",\"speaker_role\":"); o.string(v) }
        if let v = q.speakerStart { o.raw(",\"speaker_start\":"); o.int(v) }
        if let v = q.speakerType { o.raw(",\"speaker_type\":"); o.string(v) }
        o.raw(",\"start\":"); o.int(q.start)
        o.raw(",\"text\":"); o.string(q.text)
        o.raw("}")
    }

    /// The line's UTF-8 bytes as they are written.
    private struct Output {
        var bytes: [UInt8] = []
        static let hexDigits = Array("0123456789abcdef".utf8)

        init() { bytes.reserveCapacity(4096) }

        var text: String { String(decoding: bytes, as: UTF8.self) }

        mutating func raw(_ s: String) { bytes.append(contentsOf: s.utf8) }

        mutating func int(_ v: Int) { raw(String(v)) }

        mutating func double(_ v: Double) {
            var s = v.description
            if s.hasSuffix(".0") { s.removeLast(2) }
            raw(s)
        }

        mutating func list<T>(_ items: [T], _ write: (inout Output, T) -> Void) {
            bytes.append(UInt8(ascii: "["))
            for (i, item) in items.enumerated() {
                if i > 0 { bytes.append(UInt8(ascii: ",")) }
                write(&self, item)
            }
            bytes.append(UInt8(ascii: "]"))
        }

        mutating func string(_ s: String) {
            bytes.append(UInt8(ascii: "\""))
            // Runs of bytes that need no escape are copied whole (most of a text: one copy instead of an append a byte).
            var s = s
            s.withUTF8 { utf8 in
                var start = 0
                for i in utf8.indices where utf8[i] < 0x20 || utf8[i] == UInt8(ascii: "\"") || utf8[i] == UInt8(ascii: "\\") {
                    if start < i { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start..<i])) }
                    escape(utf8[i])
                    start = i + 1
                }
                if start < utf8.count { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start...])) }
            }
            bytes.append(UInt8(ascii: "\""))
        }

        /// The JSON escape of a quote, a backslash or a control byte.
        private mutating func escape(_ b: UInt8) {
            switch b {
            case UInt8(ascii: "\""): bytes.append(contentsOf: [0x5C, 0x22])
            case UInt8(ascii: "\\"): bytes.append(contentsOf: [0x5C, 0x5C])
            case 0x0A: bytes.append(contentsOf: [0x5C, UInt8(ascii: "n")])
            case 0x09: bytes.append(contentsOf: [0x5C, UInt8(ascii: "t")])
            case 0x0D: bytes.append(contentsOf: [0x5C, UInt8(ascii: "r")])
            case 0x08: bytes.append(contentsOf: [0x5C, UInt8(ascii: "b")])
            case 0x0C: bytes.append(contentsOf: [0x5C, UInt8(ascii: "f")])
            default:
                let hex = Output.hexDigits
                bytes.append(contentsOf: [0x5C, UInt8(ascii: "u"), 0x30, 0x30, hex[Int(b >> 4)], hex[Int(b & 0x0F)]])
            }
        }
    }
}
