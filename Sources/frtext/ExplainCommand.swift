import ArgumentParser
import Foundation
import FrenchText

/// `frtext explain FILE|TEXT`: how the tokenizer cut a text — paragraphs (¶), sentences (§) and
/// each token with its kind and the rule that made it.
///
/// ```
/// $ frtext explain "« Nous resterons », a-t-elle déclaré."
/// ¶0 0..37
///   §0 0..37
///     quote         quote-mark    «
///     word          icu-word      Nous
///     …
///     word          inversion     a
///     pronoun       inversion     -t-elle
/// ```
struct ExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Show how a text is tokenized: each token with the rule that made it."
    )

    @Argument(help: ArgumentHelp("A file to read, - for standard input, or else the text itself.", valueName: "file-or-text"))
    var input: String

    @Flag(help: "Start each token line with its code-point offsets.")
    var offsets = false

    @Flag(help: "Show the entity mentions instead: each with the rule that made it and the resolver passes that changed it.")
    var entities = false

    @Flag(help: "Show the document's participants (people, organisations) instead of tokens.")
    var speakers = false

    @Flag(help: "Show, for each quote, the sieves tried, the one that fired and how the speaker was resolved.")
    var quotes = false

    @Flag(name: .customLong("speaker-features"), help: .hidden)
    var speakerFeatures = false

    @Option(name: .customLong("max-size"), help: ArgumentHelp("Refuse a file larger than this (bytes, or with K, M, G).", valueName: "size"))
    var maxSize: String = "64M"

    func validate() throws {
        if InputOptions.parseSize(maxSize) == nil { throw ValidationError("--max-size wants a size such as 5000000, 512K, 64M or 1G, not '\(maxSize)'.") }
    }

    func run() throws {
        if speakerFeatures {
            // (the speaker ranker's training dump: one JSON line per *.txt of the folder `input`)
            let out = FileHandleOutput(handle: .standardOutput)
            for line in try Self.speakerFeatureDump(folder: input) { out.write(line + "\n") }
            if let failure = out.close() { throw failure }
            return
        }
        let text: String
        var isDirectory: ObjCBool = false
        if input == "-" || (FileManager.default.fileExists(atPath: input, isDirectory: &isDirectory) && !isDirectory.boolValue) {
            do {
                text = try TokensCommand.read(input, maxBytes: InputOptions.parseSize(maxSize) ?? (64 << 20))
            } catch let error as FrenchTextError {
                FileHandleOutput.standardError.write("skipped: \(error.message) [\(error.code)]\n")
                throw ExitCode(1)
            }
        } else {
            text = input
        }
        let out = FileHandleOutput(handle: .standardOutput)
        if speakers || quotes {
            out.write(Self.attribution(of: text, name: input, participants: speakers, quotes: quotes))
        } else if entities {
            out.write(EntityTagger().explanation(of: Tokenizer().document(from: text, name: input)))
        } else {
            let document = Tokenizer().document(from: text, name: input)
            out.write(entities ? EntityTagger().explanation(of: document) : document.explanation(offsets: offsets))
        }
        if let failure = out.close() { throw failure }
    }
}
