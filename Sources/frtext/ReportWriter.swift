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

    /// Sets up the output; throws a `ValidationError` for combinations that cannot work.
    init(format: OutputFormat, output: OutputOptions, sections: ReportSections, title: String) throws {
        flushEachDocument = format == .jsonl || format == .text
        /// Standard output, the file, or a file named after the format in the output folder (`DIR/index.html`).
        func open() throws -> FileHandleOutput {
            guard !output.toStandardOutput, var path = output.output else { return FileHandleOutput(handle: .standardOutput) }
            if output.outputIsFolder {
                try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
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
                try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
                target = .jsonFolder(folder, sections)
            } else {
                target = .stream(JSONRenderer(lines: false, sections: sections), try open())
            }
        case .html:
            target = .spooled(HTMLRenderer(title: title, sections: sections), try open(), spool: try Self.spoolFile(), index: try Self.spoolFile())
        case .csv:
            let tables = CSVRenderer.Table.allCases.filter { sections.contains($0 == .quotes ? .quotes : .entities) }
            if tables.count == 1 && !output.outputIsFolder {
                target = .tables([(CSVRenderer(table: tables[0]), try open())])
            } else {
                guard let folder = output.output, folder != "-" else {
                    throw ValidationError("--format csv writes quotes.csv and entities.csv: give a folder with --output DIR.")
                }
                try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
                target = .tables(try tables.map { (CSVRenderer(table: $0), try FileHandleOutput(path: folder + "/" + $0.fileName)) })
            }
        }
        switch target {
        case let .stream(r, out) where !r.summaryFirst: out.write(r.header(summary: nil))
        case let .tables(list): for (r, out) in list { out.write(r.header(summary: nil)) }
        default: break
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

    /// Writes one rendered document (in input order).
    func write(_ record: AnalysisRecord, _ rendered: RenderedDocument) {
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
            FileManager.default.createFile(atPath: folder + "/" + unique + ".json", contents: Data(rendered.parts[0].utf8))
        case let .tables(list):
            for ((_, out), part) in zip(list, rendered.parts) { out.write(part) }
        }
    }

    /// An unlinked temporary file: the open handle keeps it, nothing is left behind.
    private static func spoolFile() throws -> FileHandleOutput {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("frtext-\(UUID().uuidString).spool").path
        let file = try FileHandleOutput(path: path)
        unlink(path)
        return file
    }

    /// Copies a spool file, from its start, to `out`.
    private static func copy(_ spool: FileHandleOutput, to out: FileHandleOutput) {
        spool.flush()
        guard let handle = spool.readHandle else { return }
        try? handle.seek(toOffset: 0)
        while let chunk = try? handle.read(upToCount: 1 << 20), !chunk.isEmpty { out.write(chunk) }
    }

    func finish(_ summary: CorpusSummary) {
        switch target {
        case let .stream(r, out):
            out.write(r.footer(summary: summary))
            out.close()
        case let .spooled(r, out, spool, entries):
            out.write(r.header(summary: summary))
            if summary.inputs > 1 {
                out.write(r.indexStart(summary: summary))
                Self.copy(entries, to: out)
                out.write(r.indexEnd)
            }
            Self.copy(spool, to: out)
            out.write(r.footer(summary: summary))
            out.close()
            spool.close()
            entries.close()
        case .jsonFolder:
            break
        case let .tables(list):
            for (r, out) in list { out.write(r.footer(summary: summary)); out.close() }
        }
    }
}
