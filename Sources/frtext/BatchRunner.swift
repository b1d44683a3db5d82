import Foundation
import FrenchText

/// One input of the batch once processed: its record (analysed or skipped) and its text when kept.
struct Processed: Sendable {
    let item: InputItem
    let record: AnalysisRecord
    let text: String?
    /// Messages for standard error (conversion warnings, skip reasons).
    let messages: [String]
    let error: FrenchTextError?

    var withoutText: Processed { Processed(item: item, record: record, text: nil, messages: messages, error: error) }
}

/// Reads, analyses and records every input on all cores, handing results over in input order.
struct BatchRunner {
    let options: InputOptions
    /// Keep each document's text for the renderer (HTML shows it).
    let keepText: Bool
    /// Large documents (over ``BlockAnalysis/threshold`` bytes) in flight at once.
    static let largeAtOnce = 1

    /// Runs the batch: `render` runs on the worker threads beside the analysis; `emit` gets each
    /// result in input order (the text is dropped once rendered). Returns the corpus summary.
    func run<Rendered: Sendable>(render: @escaping @Sendable (Int, Processed) -> Rendered, emit: (Int, Processed, Rendered) throws -> Void) throws -> CorpusSummary {
        let items = options.items()
        let console = Console(total: items.count, quiet: options.quiet)
        let reader = options.reader
        let date = options.documentDate
        let dates = options.documentDates()
        let keepText = keepText
        let analyzer = FrenchAnalyzer(relativeDates: options.relativeDates)
        let started = Date()
        var summary = CorpusSummary()
        try OrderedBatch.run(count: items.count, concurrency: options.concurrency) { i in
            let processed = Self.process(items[i], reader: reader, analyzer: analyzer, date: dates.date(forPath: items[i].path) ?? date, keepText: keepText)
            let rendered = render(i, processed)
            return (processed.withoutText, rendered)
        } emit: { i, result in
            let (processed, rendered) = result
            for m in processed.messages { console.message(m) }
            summary.add(processed.record)
            try emit(i, processed, rendered)
            console.advance()
        }
        console.finish()
        if !options.quiet && items.count > 1 {
            let seconds = Date().timeIntervalSince(started)
            let rate = Double(items.count) / max(seconds, 0.001)
            var line = "frtext: \(summary.documents) document\(summary.documents == 1 ? "" : "s") analysed"
            if !summary.skipped.isEmpty { line += ", \(summary.skipped.count) skipped" }
            line += String(format: " in %.1f s (%.1f files/s, %.2f MB/s)", seconds, rate, Double(summary.bytes) / 1_000_000 / max(seconds, 0.001))
            console.message(line)
        }
        if items.isEmpty { console.message("frtext: no input files found (folders are searched for \(options.glob))") }
        return summary
    }

    static func process(_ item: InputItem, reader: InputReader, analyzer: FrenchAnalyzer, date: DocumentDate?, keepText: Bool) -> Processed {
        do {
            let input = try reader.read(item)
            let record = BlockAnalysis.record(of: input.text, item: item, input: input, analyzer: analyzer, date: date)
            return Processed(item: item, record: record, text: keepText ? input.text : nil, messages: input.warnings.map { "warning: \($0.message) [\($0.code)]" }, error: nil)
        } catch {
            let ftError = error as? FrenchTextError ?? .unreadable(source: item.path, reason: "\(error)")
            return Processed(item: item, record: AnalysisRecord(skipped: item, error: ftError), text: nil, messages: ["skipped: \(ftError.message) [\(ftError.code)]"], error: ftError)
        }
    }
}
