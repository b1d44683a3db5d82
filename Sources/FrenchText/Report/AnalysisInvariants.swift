import Foundation

/// What must hold for any analysis of any text, checked by the fuzz target
/// (`Sources/FrenchTextFuzz`) and by the property test on generated documents:
/// offsets in bounds, every quote, entity and inclusive form equal to its slice of the text,
/// tokens in order, each equal to its slice, with only whitespace between them, and the
/// record's JSON reading back to the same record.
///
/// ```swift
/// AnalysisInvariants.violations(in: analysis, record: record)   // [] when all holds
/// ```
package enum AnalysisInvariants {
    /// The broken invariants of `record` (the analysis of `text`), as sentences; empty when all hold.
    package static func violations(text: String, record: AnalysisRecord) -> [String] {
        var problems = [String]()
        let scalars = Array(text.unicodeScalars)
        func slice(_ start: Int, _ end: Int) -> String? {
            guard start >= 0, start <= end, end <= scalars.count else { return nil }
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[start..<end])
            return String(view)
        }
        if let characters = record.characters, characters != scalars.count {
            problems.append("characters \(characters) ≠ \(scalars.count) code points")
        }
        for q in record.quotes {
            if slice(q.start, q.end) != q.text { problems.append("quote \(q.start)..<\(q.end) is not its slice: \(q.text.debugDescription)") }
            if let s = q.speakerStart, let e = q.speakerEnd, slice(s, e) == nil { problems.append("speaker mention \(s)..<\(e) out of bounds") }
            if q.paragraph < 0 || q.paragraph >= max(record.paragraphs, 1) { problems.append("quote paragraph \(q.paragraph) of \(record.paragraphs)") }
        }
        for e in record.entities where slice(e.start, e.end) != e.text {
            problems.append("entity \(e.start)..<\(e.end) is not its slice: \(e.text.debugDescription)")
        }
        for i in record.inclusive where slice(i.start, i.end) != i.form {
            problems.append("inclusive form \(i.start)..<\(i.end) is not its slice: \(i.form.debugDescription)")
        }
        do {
            let line = try record.jsonLine()
            if line.contains("\n") { problems.append("a JSON line holds a line feed") }
            let back = try AnalysisRecord.decode(jsonLine: line)
            if back != record { problems.append("the JSON line does not read back to the same record") }
        } catch {
            problems.append("JSON round trip failed: \(error)")
        }
        return problems
    }

    /// The broken invariants of `document`'s tokens, sentences and paragraphs.
    package static func violations(in document: Document) -> [String] {
        var problems = [String]()
        let scalars = Array(document.text.unicodeScalars)
        var previousEnd = 0
        for (i, t) in document.tokens.enumerated() {
            guard t.span.start >= previousEnd, t.span.start < t.span.end, t.span.end <= scalars.count else {
                problems.append("token \(i) \(t.span.start)..<\(t.span.end) out of order or bounds (previous end \(previousEnd))")
                break
            }
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[t.span.start..<t.span.end])
            if String(view) != t.text { problems.append("token \(i) is not its slice: \(t.text.debugDescription)") }
            if !scalars[previousEnd..<t.span.start].allSatisfy({ $0.isWhitespaceProperty || $0.properties.generalCategory == .format || $0.properties.generalCategory == .control }) {
                problems.append("text before token \(i) at \(previousEnd)..<\(t.span.start) is not whitespace")
            }
            previousEnd = t.span.end
        }
        if !problems.isEmpty { return problems }
        if !scalars[previousEnd...].allSatisfy({ $0.isWhitespaceProperty || $0.properties.generalCategory == .format || $0.properties.generalCategory == .control }) {
            problems.append("text after the last token at \(previousEnd) is not whitespace")
        }
        for (i, s) in document.sentences.enumerated() where s.span.start < 0 || s.span.end > scalars.count || s.span.start > s.span.end {
            problems.append("sentence \(i) \(s.span.start)..<\(s.span.end) out of bounds")
        }
        for (i, p) in document.paragraphs.enumerated() where p.span.start < 0 || p.span.end > scalars.count || p.span.start > p.span.end {
            problems.append("paragraph \(i) \(p.span.start)..<\(p.span.end) out of bounds")
        }
        return problems
    }

    /// Decodes `bytes` as frtext reads a file, analyses the text whole and in small blocks, and
    /// returns every broken invariant. Undecodable input (binary, empty…) is fine: it has none.
    package static func check(bytes: [UInt8], analyzer: FrenchAnalyzer) -> [String] {
        guard let decoded = try? TextDecoder().decode(bytes, source: "fuzz") else { return [] }
        let text = decoded.text
        let item = InputItem(path: "fuzz.txt", document: "fuzz.txt", source: ".")
        let analysis = analyzer.analyze(text, name: item.path)
        var problems = violations(in: analysis.document)
        problems += violations(text: text, record: AnalysisRecord(analysis, item: item))
        let blocks = BlockAnalysis.record(of: text, item: item, input: nil, analyzer: analyzer, date: nil, threshold: 256, blockSize: 128)
        problems += violations(text: text, record: blocks).map { "in blocks: " + $0 }
        return problems
    }
}
