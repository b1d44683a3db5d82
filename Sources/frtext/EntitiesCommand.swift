import ArgumentParser
import FrenchText

struct EntitiesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "entities",
        abstract: "List the people, places, organisations and dates of French texts, with counts.",
        discussion: """
        Formats: text (default on a terminal: entities by type with counts, dates on a timeline), \
        json (an array, or one NAME.json per document with --output DIR/), jsonl (the default in a \
        pipe), csv (one row per mention).

        Example:
          frtext entities presse/ --format csv > entities.csv
        """
    )

    @OptionGroup var input: InputOptions
    @OptionGroup var output: OutputOptions

    @Option(name: .shortAndLong, help: "Output format: text, json, jsonl, csv.")
    var format: OutputFormat?

    func validate() throws {
        try ExtractionRun.validate(format, command: "entities")
    }

    func run() throws {
        try ExtractionRun.run(input: input, output: output, format: format ?? .automatic(for: output), sections: [.entities, .timeline])
    }
}
