import ArgumentParser
import Foundation
import FrenchText

struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Report on French texts: quotes with speakers, entities, dates, inclusive forms, corpus aggregates.",
        discussion: """
        Formats: text (default on a terminal), md, html (one self-contained page), json (an array of \
        document objects, or one NAME.json per document with --output DIR/), jsonl (one document per \
        line, streamed in input order; the default in a pipe), csv (quotes.csv and entities.csv in --output DIR), \
        sqlite (a corpus database, updated incrementally: only new or changed files are analysed; see frtext search).

        Examples:
          frtext report communique.txt
          frtext report presse/ --format html --output rapport.html
          frtext report presse/ --shard 3/8 --format jsonl > shard-3.jsonl
          frtext merge shard-*.jsonl --format html --output corpus.html
          frtext report presse/ -o corpus.sqlite
        """
    )

    @OptionGroup var input: InputOptions
    @OptionGroup var output: OutputOptions

    @Option(name: .shortAndLong, help: "Output format: text, md, html, json, jsonl, csv, sqlite.")
    var format: OutputFormat?

    @Option(help: ArgumentHelp("Also write the corpus aggregates as JSON to this file (what `frtext merge --format json` prints).", valueName: "path"))
    var summary: String?

    @Option(help: "Title of the md and html reports.")
    var title: String = "FrenchText report"

    func run() throws {
        let format = format ?? .automatic(for: output)
        if format == .sqlite {
            guard let path = output.output, !output.toStandardOutput, !output.outputIsFolder else {
                throw ValidationError("--format sqlite writes a database file: give it with --output corpus.sqlite.")
            }
            let summaryOutput = try summary.map { $0 == "-" ? FileHandleOutput(handle: .standardOutput) : try FileHandleOutput(path: $0) }
            let report = SQLiteReport(input: input, path: path)
            let corpus = try report.run()
            if let summaryOutput { try SummaryFile.write(try report.corpusSummary(), to: summaryOutput) }
            if !corpus.skipped.isEmpty { throw ExitCode(1) }
            return
        }
        let writer = try ReportWriter(format: format, output: output, sections: .all, title: title)
        // Fail before the analysis when the summary file cannot be written.
        let summaryOutput = try summary.map { $0 == "-" ? FileHandleOutput(handle: .standardOutput) : try FileHandleOutput(path: $0) }
        let corpus: CorpusSummary
        do {
            corpus = try BatchRunner(options: input, keepText: format == .html).run(render: writer.render) { _, result, rendered in
                try writer.write(result.record, rendered)
            }
            try writer.finish(corpus)
        } catch {
            writer.abandon()
            summaryOutput?.discard()
            throw error
        }
        if let summaryOutput { try SummaryFile.write(corpus, to: summaryOutput) }
        if !corpus.skipped.isEmpty || corpus.inputs == 0 { throw ExitCode(1) }
    }
}

enum SummaryFile {
    static func encode(_ summary: CorpusSummary) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        var data = try encoder.encode(summary)
        data.append(0x0A)
        return data
    }

    /// Writes the summary and closes `out`, throwing any write failure.
    static func write(_ summary: CorpusSummary, to out: FileHandleOutput) throws {
        out.write(try encode(summary))
        if let failure = out.close() { throw failure }
    }
}
