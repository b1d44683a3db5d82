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

    @Argument(help: ArgumentHelp("Files to tokenize (- for standard input).", valueName: "file"))
    var files: [String]

    @Option(help: "Output format: text or json.")
    var format: Format = .text

    func run() throws {
        let tokenizer = Tokenizer()
        var failed = false
        var records = [DocumentTokens]()
        for file in files {
            let text: String
            do {
                text = try Self.read(file)
            } catch let error as FrenchTextError {
                FileHandle.standardError.write(Data("frtext: \(error.description)\n".utf8))
                failed = true
                continue
            }
            let doc = tokenizer.document(from: text, name: file)
            switch format {
            case .text:
                if files.count > 1 { print("# \(file)") }
                for t in doc.tokens { print(Self.line(t)) }
            case .json:
                records.append(DocumentTokens(doc))
            }
        }
        if format == .json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            let data = files.count == 1 && records.count == 1 ? try encoder.encode(records[0]) : try encoder.encode(records)
            print(String(decoding: data, as: UTF8.self))
        }
        if failed { throw ExitCode(1) }
    }

    /// `start  end  kind  rule  text  [masc/fem]`, tab-separated.
    static func line(_ t: Token) -> String {
        var line = "\(t.span.start)\t\(t.span.end)\t\(t.kind.rawValue)\t\(t.rule.rawValue)\t\(t.text)"
        if let form = t.inclusive { line += "\t\(form.masculine)/\(form.feminine)" }
        return line
    }

    /// Reads a file (or standard input for `-`) as strict UTF-8.
    static func read(_ file: String) throws -> String {
        let bytes: [UInt8]
        if file == "-" {
            bytes = [UInt8](FileHandle.standardInput.readDataToEndOfFile())
        } else {
            do {
                bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: file)))
            } catch {
                throw FrenchTextError.unreadable(source: file, reason: (error as NSError).localizedDescription)
            }
        }
        return try UTF8Validation.decode(bytes, source: file)
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
