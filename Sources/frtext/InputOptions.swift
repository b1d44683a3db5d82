import ArgumentParser
import Foundation
import FrenchText

/// Options shared by the commands that read documents (`report`, `quotes`, `entities`).
struct InputOptions: ParsableArguments {
    @Argument(help: ArgumentHelp("Files, folders (searched recursively) or - for standard input.", valueName: "input"))
    var inputs: [String]

    @Option(help: ArgumentHelp("Which files to take in folders (shell pattern on the file name, or on the path under the folder when it holds a /).", valueName: "pattern"))
    var glob: String = "*.txt"

    @Option(help: ArgumentHelp("The documents' date (YYYY-MM-DD, or YYYY-MM / YYYY when only the month or year is known); without it, the date the text gives (a dateline, a full date near the top). Resolves dates without a year.", valueName: "YYYY-MM-DD"))
    var date: String?

    /// `--date` parsed (nil when absent; `validate()` has rejected a bad one).
    var documentDate: DocumentDate? { date.flatMap { try? DocumentDate(iso: $0) } }

    @Option(help: ArgumentHelp("Each document's own date: a TSV file of NAME<TAB>YYYY-MM-DD (or YYYY-MM, YYYY) lines (NAME a file name or path). Wins over --date.", valueName: "file"))
    var dates: String?

    @Flag(name: .customLong("relative-dates"), help: "Also tag relative dates (hier, aujourd’hui, la semaine dernière), resolved against the document's date.")
    var relativeDates = false

    @Option(name: .customLong("max-size"), help: ArgumentHelp("Skip files larger than this (bytes, or with K, M, G).", valueName: "size"))
    var maxSize: String = "64M"

    @Option(name: [.customShort("j"), .long], help: "Documents analysed at once (default: every core).")
    var jobs: Int?

    @Option(help: ArgumentHelp("Process only shard K of N: the inputs at positions K-1, K-1+N, … of the sorted input list.", valueName: "K/N"))
    var shard: String?

    @Option(name: .customLong("source-by"), help: ArgumentHelp("What a document's source is in per-source aggregates: folder (the folder holding it) or prefix (its file name up to the first - or _).", valueName: "folder|prefix"))
    var sourceBy: String = "folder"

    @Flag(name: .shortAndLong, help: "No progress bar and no closing summary line on standard error (warnings and skipped files are still reported).")
    var quiet = false

    func validate() throws {
        if inputs.isEmpty { throw ValidationError("Give at least one file, folder or -.") }
        if let date {
            do { _ = try DocumentDate(iso: date) } catch let error as FrenchTextError { throw ValidationError("--date wants YYYY-MM-DD, YYYY-MM or YYYY: \(error.message).") }
        }
        if InputOptions.parseSize(maxSize) == nil { throw ValidationError("--max-size wants a size such as 5000000, 512K, 64M or 1G, not '\(maxSize)'.") }
        if let jobs, jobs < 1 { throw ValidationError("--jobs wants a number of at least 1.") }
        if let shard, Shard(parsing: shard) == nil { throw ValidationError("--shard wants K/N with 1 ≤ K ≤ N, e.g. 2/8, not '\(shard)'.") }
        if SourceRule(rawValue: sourceBy) == nil { throw ValidationError("--source-by wants folder or prefix, not '\(sourceBy)'.") }
        if let dates {
            do { _ = try loadDates(dates) } catch let error as FrenchTextError { throw ValidationError(error.message) }
        }
        if inputs.filter({ $0 == "-" }).count > 1 { throw ValidationError("Standard input (-) can be read only once.") }
    }

    /// The inputs of this run (this shard's, when sharded), in order.
    func items() -> [InputItem] {
        let all = InputCollector(glob: glob, sourceRule: SourceRule(rawValue: sourceBy) ?? .folder).collect(inputs)
        guard let shard, let s = Shard(parsing: shard) else { return all }
        return s.select(all)
    }

    /// The per-document dates of `--dates`, if given.
    func documentDates() -> DocumentDates {
        guard let dates else { return DocumentDates() }
        return (try? loadDates(dates)) ?? DocumentDates()
    }

    private func loadDates(_ path: String) throws -> DocumentDates {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw FrenchTextError.unreadable(source: path, reason: "no such file")
        }
        return try DocumentDates(tsv: String(decoding: data, as: UTF8.self), source: path)
    }

    var reader: InputReader { InputReader(maxBytes: InputOptions.parseSize(maxSize) ?? (64 << 20)) }
    var concurrency: Int { jobs ?? ProcessInfo.processInfo.activeProcessorCount }

    /// `5000000`, `512K`, `64M`, `1G` (also `64MB`, `64m`) → bytes.
    static func parseSize(_ s: String) -> Int? {
        var text = s.uppercased().trimmingCharacters(in: .whitespaces)
        if text.hasSuffix("B") && text.count > 1 { text.removeLast() }
        var factor = 1
        if let last = text.last, let f = ["K": 1 << 10, "M": 1 << 20, "G": 1 << 30][String(last)] {
            factor = f
            text.removeLast()
        }
        guard let n = Int(text), n > 0 else { return nil }
        return n.multipliedReportingOverflow(by: factor).overflow ? nil : n * factor
    }
}

/// Where the output goes.
struct OutputOptions: ParsableArguments {
    @Option(name: .shortAndLong, help: ArgumentHelp("Write to this file (- for standard output; without --format, its extension chooses: .html, .md, .json, .jsonl, .csv, .txt, and a folder gets json); for csv, a folder that gets quotes.csv and entities.csv; for json, a folder (existing, or ending in /) gets one NAME.json per document; for html, md, text and jsonl, a folder gets index.html, report.md, report.txt or report.jsonl.", valueName: "path"))
    var output: String?

    @Option(help: ArgumentHelp("Colours in text output: auto (when standard output is a terminal), always, never.", valueName: "when"))
    var color: String = "auto"

    var toStandardOutput: Bool { output == nil || output == "-" }

    /// True when `output` names a folder (existing, or ending in /).
    var outputIsFolder: Bool {
        guard let output, output != "-" else { return false }
        var isDirectory: ObjCBool = false
        return output.hasSuffix("/") || (FileManager.default.fileExists(atPath: output, isDirectory: &isDirectory) && isDirectory.boolValue)
    }

    func useColour(format: OutputFormat) -> Bool {
        guard format == .text else { return false }
        switch color {
        case "always": return true
        case "never": return false
        default: return toStandardOutput && Terminal.stdoutIsTTY && Terminal.coloursAllowed
        }
    }

    func validate() throws {
        if !["auto", "always", "never"].contains(color) { throw ValidationError("--color wants auto, always or never.") }
    }
}

/// The output formats.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case text, md, html, json, jsonl, csv
    /// A corpus database (FrenchTextStore), written incrementally: `-o corpus.sqlite`.
    case sqlite

    /// Text on a terminal, JSON Lines in a pipe.
    static var automatic: OutputFormat { Terminal.stdoutIsTTY ? .text : .jsonl }

    /// The format an output file's extension asks for (`rapport.html` → html), else ``automatic``.
    static func automatic(for output: OutputOptions) -> OutputFormat {
        guard let path = output.output, path != "-" else { return automatic }
        if output.outputIsFolder { return .json }
        switch (path as NSString).pathExtension.lowercased() {
        case "html", "htm": return .html
        case "md", "markdown": return .md
        case "json": return .json
        case "jsonl", "ndjson": return .jsonl
        case "csv": return .csv
        case "txt": return .text
        case "sqlite", "sqlite3", "db": return .sqlite
        default: return .jsonl
        }
    }
}
