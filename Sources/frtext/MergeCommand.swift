import ArgumentParser
import Foundation
import FrenchText

struct MergeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge",
        abstract: "Combine the JSON Lines of several shards (frtext report --shard K/N --format jsonl) into the corpus aggregates.",
        discussion: """
        The aggregates are the same as one run over the whole corpus. Formats: json (the CorpusSummary, \
        as report --summary writes it), text, md, html.

        Example (8 machines, then one merge):
          frtext report corpus/ --shard $K/8 --format jsonl --quiet > shard-$K.jsonl
          frtext merge shard-*.jsonl --format html --output corpus.html

        Corpus databases (frtext report DIR --shard K/N -o shard-K.sqlite) merge into one database:
          frtext merge shard-*.sqlite -o corpus.sqlite
        """
    )

    @Argument(help: ArgumentHelp("JSON Lines files written by frtext report, or - for standard input.", valueName: "shard.jsonl"))
    var shards: [String]

    @Option(name: .shortAndLong, help: "Output format: json, text, md, html.")
    var format: OutputFormat = .json

    @Option(name: .shortAndLong, help: "Write to this file instead of standard output.")
    var output: String?

    @Option(help: "Title of the md and html reports.")
    var title: String = "FrenchText report"

    func validate() throws {
        if shards.isEmpty { throw ValidationError("Give the JSON Lines files to merge.") }
        if ![.json, .text, .md, .html, .sqlite].contains(format) { throw ValidationError("frtext merge writes json, text, md, html or sqlite.") }
    }

    func run() throws {
        if SQLiteMerge.applies(shards: shards, output: output, format: format) {
            return try SQLiteMerge.run(shards: shards, output: output)
        }
        // Fail before reading the shards when the output cannot be written.
        let out = try output.map { $0 == "-" ? FileHandleOutput(handle: .standardOutput) : try FileHandleOutput(path: $0) }
            ?? FileHandleOutput(handle: .standardOutput)
        var summary = CorpusSummary()
        var errors = [FrenchTextError]()
        var seen = [String: String]()
        let console = Console(total: 0, quiet: true)
        for shard in shards {
            let handle: FileHandle
            if shard == "-" {
                handle = .standardInput
            } else {
                var isDirectory: ObjCBool = false
                let exists = FileManager.default.fileExists(atPath: shard, isDirectory: &isDirectory)
                guard exists, !isDirectory.boolValue, let h = FileHandle(forReadingAtPath: shard) else {
                    let reason = !exists ? "no such file" : isDirectory.boolValue ? "it is a folder" : "no permission to read it"
                    errors.append(.unreadable(source: shard, reason: reason))
                    console.message("error: \(errors.last!.message) [\(errors.last!.code)]")
                    continue
                }
                handle = h
            }
            // Line by line, a chunk at a time: shards can be larger than memory.
            var lineNumber = 0
            var records = 0
            LineReader.forEachLine(of: handle) { line in
                lineNumber += 1
                if line.allSatisfy({ $0 == 0x20 || $0 == 0x0D || $0 == 0x09 }) { return }
                var problem: FrenchTextError
                if let record = try? JSONDecoder().decode(AnalysisRecord.self, from: line) {
                    records += 1
                    let key = record.path ?? record.document
                    if seen[key] == nil {
                        seen[key] = shard
                        summary.add(record)
                        return
                    }
                    problem = .duplicateRecord(source: shard, line: lineNumber, document: key)
                } else {
                    problem = .notAReport(source: shard, line: lineNumber)
                }
                errors.append(problem)
                if errors.count <= 20 { console.message("error: \(problem.message) [\(problem.code)]") }
            }
            if shard != "-" { try? handle.close() }
            if records == 0 && lineNumber > 0 && !errors.contains(where: { if case .notAReport(shard, _) = $0 { return true } else { return false } }) {
                errors.append(.notAReport(source: shard, line: nil))
            } else if lineNumber == 0 {
                errors.append(.notAReport(source: shard, line: nil))
                console.message("error: \(shard): empty, no frtext JSON Lines record [FT008]")
            }
        }
        if !errors.isEmpty {
            out.discard()
            if errors.count > 20 { console.message("error: \(errors.count) problems in all") }
            console.message("frtext: nothing written: the aggregates would miss or double-count documents")
            throw ExitCode(1)
        }
        switch format {
        case .text: out.write(TextRenderer(colour: output == nil && Terminal.stdoutIsTTY && Terminal.coloursAllowed, sections: .summary).footer(summary: summary))
        case .md:
            let r = MarkdownRenderer(sections: .summary, title: title)
            out.write(r.header(summary: summary) + r.footer(summary: summary))
        case .html:
            let r = HTMLRenderer(title: title)
            out.write(r.header(summary: summary) + r.footer(summary: summary))
        default: out.write(try SummaryFile.encode(summary))
        }
        if let failure = out.close() { throw failure }
        if !summary.skipped.isEmpty { throw ExitCode(1) }
    }
}


/// Reads a file's lines (without their line feed) a megabyte at a time.
enum LineReader {
    static func forEachLine(of handle: FileHandle, _ body: (Data) -> Void) {
        var pending = Data()
        while let chunk = try? handle.read(upToCount: 1 << 20), !chunk.isEmpty {
            pending.append(chunk)
            var start = pending.startIndex
            while let newline = pending[start...].firstIndex(of: 0x0A) {
                body(pending[start..<newline])
                start = pending.index(after: newline)
            }
            pending = Data(pending[start...])
        }
        if !pending.isEmpty { body(pending) }
    }
}
