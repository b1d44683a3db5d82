import ArgumentParser
import FrenchText

struct QuotesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "quotes",
        abstract: "List the quotes of French texts with their speakers.",
        discussion: """
        Formats: text (default on a terminal), json (an array, or one NAME.json per document with \
        --output DIR/), jsonl (the default in a pipe), csv (one row per quote).

        Example:
          frtext quotes communique.txt --format csv > quotes.csv
        """
    )

    @OptionGroup var input: InputOptions
    @OptionGroup var output: OutputOptions

    @Option(name: .shortAndLong, help: "Output format: text, json, jsonl, csv.")
    var format: OutputFormat?

    func validate() throws {
        try ExtractionRun.validate(format, command: "quotes")
    }

    func run() throws {
        try ExtractionRun.run(input: input, output: output, format: format ?? .automatic(for: output), sections: .quotes)
    }
}

/// The shared run of `frtext quotes` and `frtext entities`.
enum ExtractionRun {
    /// These commands write text, json, jsonl or csv; the other formats are the report's.
    static func validate(_ format: OutputFormat?, command: String) throws {
        if let format, ![.text, .json, .jsonl, .csv].contains(format) {
            throw ValidationError("frtext \(command) writes text, json, jsonl or csv; use frtext report for \(format.rawValue).")
        }
    }

    static func run(input: InputOptions, output: OutputOptions, format: OutputFormat, sections: ReportSections) throws {
        let writer = try ReportWriter(format: format, output: output, sections: sections, title: "FrenchText")
        let corpus: CorpusSummary
        do {
            corpus = try BatchRunner(options: input, keepText: false).run(render: writer.render) { _, result, rendered in
                try writer.write(result.record, rendered)
            }
        } catch {
            writer.abandon()
            throw error
        }
        try writer.finish(corpus)
        if !corpus.skipped.isEmpty || corpus.inputs == 0 { throw ExitCode(1) }
    }
}
