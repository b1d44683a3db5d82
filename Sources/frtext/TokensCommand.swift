import ArgumentParser
import Foundation
import FrenchText

/// `frtext tokens FILE… [--format text|json]`: the tokens of each file, with their offsets
/// (Unicode code points), kind, the rule that made them and inclusive expansions.
///
/// ```
/// $ frtext tokens communique.txt
/// # communique.txt
/// 0	2	word	icu-word	La
/// 17	27	word	inclusive	détenu·e·s	détenus/détenues
/// ```
struct TokensCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tokens",
        abstract: "Print the tokens of French text files.",
        discussion: """
            text: one token a line — start, end (code points), kind, rule, text, and masculine/feminine \
            for inclusive writing. json: per document {document, tokens, sentences, paragraphs}; \
            an array when several files are given.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

    @Argument(help: ArgumentHelp("Files, folders (searched recursively) or - for standard input.", valueName: "input"))
    var files: [String]

    @Option(name: .shortAndLong, help: "Output format: text or json.")
    var format: Format = .text

    @Option(name: .shortAndLong, help: ArgumentHelp("Write to this file instead of standard output.", valueName: "path"))
    var output: String?

    @Option(help: ArgumentHelp("Which files to take in folders (shell pattern).", valueName: "pattern"))
    var glob: String = "*.txt"

    @Option(name: .customLong("max-size"), help: ArgumentHelp("Skip files larger than this (bytes, or with K, M, G).", valueName: "size"))
    var maxSize: String = "64M"

    func validate() throws {
        if files.isEmpty { throw ValidationError("Give at least one file, folder or -.") }
        if InputOptions.parseSize(maxSize) == nil { throw ValidationError("--max-size wants a size such as 5000000, 512K, 64M or 1G, not '\(maxSize)'.") }
        if files.filter({ $0 == "-" }).count > 1 { throw ValidationError("Standard input (-) can be read only once.") }
    }

    /// Reads every input as `frtext report` does (charset detection, UTF-16 with a BOM, pipes,
    /// binary and empty files skipped with their code, the size limit).
    func run() throws {
        let tokenizer = Tokenizer()
        let reader = InputReader(maxBytes: InputOptions.parseSize(maxSize) ?? (64 << 20))
        let items = InputCollector(glob: glob).collect(files)
        let out = try output.map { $0 == "-" ? FileHandleOutput(handle: .standardOutput) : try FileHandleOutput(path: $0) }
            ?? FileHandleOutput(handle: .standardOutput)
        let console = Console(total: 0, quiet: true)
        var skipped = 0
        var first = true
        if format == .json && items.count != 1 { out.write("[") }
        for item in items {
            let input: InputReader.Input
            do {
                input = try reader.read(item)
            } catch {
                let e = error as? FrenchTextError ?? .unreadable(source: item.path, reason: "\(error)")
                console.message("skipped: \(e.message) [\(e.code)]")
                skipped += 1
                continue
            }
            for w in input.warnings { console.message("warning: \(w.message) [\(w.code)]") }
            let doc = tokenizer.document(from: input.text, name: item.path)
            switch format {
            case .text:
                if items.count > 1 { out.write("# \(item.path)\n") }
                for t in doc.tokens { out.write(Self.line(t) + "\n") }
            case .json:
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
                if !first { out.write(",") }
                out.write(try encoder.encode(DocumentTokens(doc)))
            }
            first = false
            if let failure = out.failure { throw failure }
        }
        if format == .json { out.write(items.count != 1 ? "]\n" : "\n") }
        if let failure = out.close() { throw failure }
        if skipped > 0 || items.isEmpty { throw ExitCode(1) }
    }

    /// `start  end  kind  rule  text  [masc/fem]`, tab-separated.
    static func line(_ t: Token) -> String {
        var line = "\(t.span.start)\t\(t.span.end)\t\(t.kind.rawValue)\t\(t.rule.rawValue)\t\(t.text)"
        if let form = t.inclusive { line += "\t\(form.masculine)/\(form.feminine)" }
        return line
    }

    /// Reads a file (or standard input for `-`) as `frtext report` does, within `maxBytes`.
    static func read(_ file: String, maxBytes: Int = 64 << 20) throws -> String {
        let item = InputCollector().collect([file]).first ?? InputItem(path: file, document: file, source: ".")
        let input = try InputReader(maxBytes: maxBytes).read(item)
        for w in input.warnings { FileHandleOutput.standardError.write("warning: \(w.message) [\(w.code)]\n") }
        return input.text
    }
}

/// The JSON shape of `frtext tokens --format json`.
struct DocumentTokens: Encodable {
    struct TokenRecord: Encodable {
        struct Expansion: Encodable { let masc: String; let fem: String }
        let text: String
        let kind: String
        let start: Int
        let end: Int
        let rule: String
        let whitespaceAfter: String
        let inclusive: Expansion?

        enum CodingKeys: String, CodingKey {
            case text, kind, start, end, rule, whitespaceAfter = "whitespace_after", inclusive
        }
    }

    struct SpanRecord: Encodable {
        let start: Int
        let end: Int
    }

    let document: String
    let tokens: [TokenRecord]
    let sentences: [SpanRecord]
    let paragraphs: [SpanRecord]

    init(_ doc: Document) {
        document = doc.name
        tokens = doc.tokens.map { t in
            TokenRecord(text: t.text, kind: t.kind.rawValue, start: t.span.start, end: t.span.end, rule: t.rule.rawValue,
                        whitespaceAfter: t.whitespaceAfter,
                        inclusive: t.inclusive.map { TokenRecord.Expansion(masc: $0.masculine, fem: $0.feminine) })
        }
        sentences = doc.sentences.map { SpanRecord(start: $0.span.start, end: $0.span.end) }
        paragraphs = doc.paragraphs.map { SpanRecord(start: $0.span.start, end: $0.span.end) }
    }
}
