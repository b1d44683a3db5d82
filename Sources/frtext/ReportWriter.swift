import ArgumentParser
import Foundation
import FrenchText

/// What a worker thread renders of one document, for ``ReportWriter/write(_:_:)`` to write out.
struct RenderedDocument: Sendable {
    /// The document's output in the main stream (or one string per CSV table).
    var parts: [String]
    /// HTML: the document's row in the index of documents.
    var indexEntry: String?
}

/// Writes a run's results in one format, as each document finishes, to standard output,
/// a file or a folder. ``render(_:_:)`` is pure and runs on the worker threads; ``write(_:_:)``
/// runs on the emitting thread, in input order.
final class ReportWriter: @unchecked Sendable {
    private enum Target {
        /// One renderer into one output.
        case stream(ReportRenderer, FileHandleOutput)
        /// Documents spooled to a temporary file until the summary is known (HTML).
        case spooled(HTMLRenderer, FileHandleOutput, spool: FileHandleOutput, index: FileHandleOutput)
        /// One pretty JSON file per document in a folder.
        case jsonFolder(String, ReportSections)
        /// Several CSV tables, each in its own file.
        case tables([(CSVRenderer, FileHandleOutput)])
    }

    private let target: Target
    private var usedNames = Set<String>()
    /// Flush after each document (JSON Lines to a pipe is read as it comes).
    private let flushEachDocument: Bool

    /// Sets up the output; throws a `ValidationError` for combinations that cannot work and a
    /// ``FrenchTextError/cannotWrite(destination:reason:)`` for an output that cannot be created.
    init(format: OutputFormat, output: OutputOptions, sections: ReportSections, title: String) throws {
        flushEachDocument = format == .jsonl || format == .text
        /// Standard output, the file, or a file named after the format in the output folder (`DIR/index.html`).
        func open() throws -> FileHandleOutput {
            guard !output.toStandardOutput, var path = output.output else { return FileHandleOutput(handle: .standardOutput) }
            if output.outputIsFolder {
                try Self.makeFolder(path)
                let names: [OutputFormat: String] = [.html: "index.html", .md: "report.md", .text: "report.txt", .jsonl: "report.jsonl", .json: "report.json"]
                path = (path.hasSuffix("/") ? path : path + "/") + (names[format] ?? "report")
            }
            return try FileHandleOutput(path: path)
        }
        switch format {
        case .sqlite:
            throw ValidationError("--format sqlite is written by frtext report only.")
        case .text:
            target = .stream(TextRenderer(colour: output.useColour(format: format), sections: sections), try open())
        case .md:
            target = .stream(MarkdownRenderer(sections: sections, title: title), try open())
        case .jsonl:
            target = .stream(JSONRenderer(lines: true, sections: sections), try open())
        case .json:
            if output.outputIsFolder {
                let folder = output.output!
                try Self.makeFolder(folder)
                // Find out now, before any analysis, whether the folder takes files.
                do {
                    try FileHandleOutput(path: (folder.hasSuffix("/") ? folder : folder + "/") + ".frtext-probe").discard()
                } catch let FrenchTextError.cannotWrite(_, reason) {
                    throw FrenchTextError.cannotWrite(destination: folder, reason: reason)
                }
                target = .jsonFolder(folder, sections)
            } else {
                target = .stream(JSONRenderer(lines: false, sections: sections), try open())
            }
        case .html:
            target = .spooled(HTMLRenderer(title: title, sections: sections), try open(), spool: try FileHandleOutput.spool(), index: try FileHandleOutput.spool())
        case .csv:
            let tables = CSVRenderer.Table.allCases.filter { sections.contains($0 == .quotes ? .quotes : .entities) }
            if tables.count == 1 && !output.outputIsFolder {
                target = .tables([(CSVRenderer(table: tables[0]), try open())])
            } else {
                guard let folder = output.output, folder != "-" else {
                    throw ValidationError("--format csv writes quotes.csv and entities.csv: give a folder with --output DIR.")
                }
                if !output.outputIsFolder && !(folder as NSString).pathExtension.isEmpty {
                    throw ValidationError("--format csv writes two tables, quotes.csv and entities.csv, into a folder: '\(folder)' looks like a file name; give a folder (--output DIR/), or use frtext quotes or frtext entities for one table.")
                }
                try Self.makeFolder(folder)
                target = .tables(try tables.map { (CSVRenderer(table: $0), try FileHandleOutput(path: folder + "/" + $0.fileName)) })
            }
        }
        switch target {
        case let .stream(r, out) where !r.summaryFirst: out.write(r.header(summary: nil))
        case let .tables(list): for (r, out) in list { out.write(r.header(summary: nil)) }
        default: break
        }
    }

    /// Creates `path` (and its parents) as a folder, with a plain-sentence error.
    static func makeFolder(_ path: String) throws {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) {
            if isDirectory.boolValue { return }
            throw FrenchTextError.cannotWrite(destination: path, reason: "a file of that name is in the way")
        }
        let parent = (path.hasSuffix("/") ? String(path.dropLast()) : path) as NSString
        if parent.deletingLastPathComponent != "" { try makeFolder(parent.deletingLastPathComponent) }
        if mkdir(path, 0o777) != 0 && errno != EEXIST {
            throw FrenchTextError.cannotWrite(destination: path, reason: FileHandleOutput.reason(errno))
        }
    }

    /// Renders one document (on a worker thread).
    func render(_ index: Int, _ result: Processed) -> RenderedDocument {
        switch target {
        case let .stream(r, _):
            return RenderedDocument(parts: [r.document(result.record, text: result.text, index: index)])
        case let .spooled(r, _, _, _):
            return RenderedDocument(parts: [r.document(result.record, text: result.text, index: index)], indexEntry: r.indexEntry(result.record, index: index))
        case let .jsonFolder(_, sections):
            return RenderedDocument(parts: [JSONRenderer.encode(result.record, sections: sections, pretty: true) + "\n"])
        case let .tables(list):
            return RenderedDocument(parts: list.map { $0.0.document(result.record, text: nil, index: index) })
        }
    }

    /// Writes one rendered document (in input order); throws the first output failure, which ends the run.
    func write(_ record: AnalysisRecord, _ rendered: RenderedDocument) throws {
        switch target {
        case let .stream(_, out):
            out.write(rendered.parts[0])
            if flushEachDocument { out.flush() }
        case let .spooled(_, _, spool, entries):
            spool.write(rendered.parts[0])
            entries.write(rendered.indexEntry ?? "")
        case let .jsonFolder(folder, _):
            var name = record.document
            if name.hasSuffix(".txt") { name.removeLast(4) }
            var unique = name, n = 2
            while !usedNames.insert(unique).inserted { unique = "\(name)-\(n)"; n += 1 }
            let file = try FileHandleOutput(path: folder + "/" + unique + ".json")
            file.write(rendered.parts[0])
            if let failure = file.close() { throw failure }
        case let .tables(list):
            for ((_, out), part) in zip(list, rendered.parts) { out.write(part) }
        }
        if let failure = outputs.lazy.compactMap(\.failure).first { throw failure }
    }

    /// Every output the target writes to.
    private var outputs: [FileHandleOutput] {
        switch target {
        case let .stream(_, out): [out]
        case let .spooled(_, out, spool, index): [out, spool, index]
        case .jsonFolder: []
        case let .tables(list): list.map(\.1)
        }
    }

    /// Writes the closing parts and closes every output; throws the first failure (then no
    /// output file is put in place, and earlier files of the same name are left as they were).
    func finish(_ summary: CorpusSummary) throws {
        switch target {
        case let .stream(r, out):
            out.write(r.footer(summary: summary))
        case let .spooled(r, out, spool, entries):
            out.write(r.header(summary: summary))
            if summary.inputs > 1 {
                out.write(r.indexStart(summary: summary))
                entries.copy(to: out)
                out.write(r.indexEnd)
            }
            spool.copy(to: out)
            out.write(r.footer(summary: summary))
            spool.discard()
            entries.discard()
        case .jsonFolder:
            break
        case let .tables(list):
            for (r, out) in list { out.write(r.footer(summary: summary)) }
        }
        let all = outputs
        for out in all { out.flush() }
        if let failure = all.lazy.compactMap(\.failure).first {
            abandon()
            throw failure
        }
        for out in all {
            if let failure = out.close() {
                abandon()
                throw failure
            }
        }
    }

    /// Removes every output not yet put in place (the run failed).
    func abandon() {
        for out in outputs { out.discard() }
    }
}
