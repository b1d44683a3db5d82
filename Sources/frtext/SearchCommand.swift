import ArgumentParser
import Foundation
import FrenchText
import FrenchTextStore

struct SearchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Search the quotes of a corpus database (frtext report DIR -o corpus.sqlite), accents and case folded.",
        discussion: """
        The words are matched as a phrase by default (--match all: every word anywhere in the quote; any: \
        one of them; fts: SQLite FTS5 syntax as is). Accents and case do not matter: deficit finds déficit. \
        Newest documents first.

        Examples:
          frtext search "pouvoir d’achat"
          frtext search deficit --speaker "Le Maire" --since 2025-01-01 --db corpus.sqlite
          frtext search retraite --format csv > retraite.csv
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, jsonl, csv }

    @Argument(help: ArgumentHelp("Words to find in the quotes.", valueName: "words"))
    var words: String

    @Option(help: ArgumentHelp("Only quotes whose speaker's name (or the mention near the quote) contains this.", valueName: "name"))
    var speaker: String?

    @Option(help: ArgumentHelp("Only documents dated on or after this day (or month, or year).", valueName: "YYYY-MM-DD"))
    var since: String?

    @Option(help: ArgumentHelp("Only documents dated on or before this day (or month, or year).", valueName: "YYYY-MM-DD"))
    var until: String?

    @Option(help: ArgumentHelp("The corpus database.", valueName: "path"))
    var db: String = "corpus.sqlite"

    @Option(name: .shortAndLong, help: "Output format: text, jsonl, csv.")
    var format: Format = .text

    @Option(help: ArgumentHelp("How the words match: phrase, all, any, fts.", valueName: "mode"))
    var match: String = SearchQuery.Mode.phrase.rawValue

    @Option(help: ArgumentHelp("At most this many quotes.", valueName: "n"))
    var limit: Int?

    func validate() throws {
        if words.trimmingCharacters(in: .whitespaces).isEmpty { throw ValidationError("Give words to search for.") }
        for (name, value) in [("--since", since), ("--until", until)] {
            if let value, (try? DocumentDate(iso: value)) == nil { throw ValidationError("\(name) wants YYYY-MM-DD, YYYY-MM or YYYY, not '\(value)'.") }
        }
        if SearchQuery.Mode(rawValue: match) == nil { throw ValidationError("--match wants phrase, all, any or fts, not '\(match)'.") }
        if let limit, limit < 1 { throw ValidationError("--limit wants a number of at least 1.") }
    }

    func run() throws {
        let store = try StoreCLI.open(db, create: false)
        let query = SearchQuery(text: words, mode: SearchQuery.Mode(rawValue: match) ?? .phrase, speaker: speaker, since: since, until: until, limit: limit)
        let hits = try StoreCLI.guarded { try store.search(query) }
        let out = FileHandleOutput(handle: .standardOutput)
        switch format {
        case .text:
            for hit in hits {
                let speaker = hit.speaker ?? hit.speakerMention.map { "(\($0))" } ?? "—"
                out.write("\(hit.date ?? "----------")  \(hit.path)  \(speaker)  [\(hit.kind)]\n    « \(hit.text) »\n")
            }
        case .jsonl:
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            for hit in hits { out.write(String(decoding: try encoder.encode(hit), as: UTF8.self) + "\n") }
        case .csv:
            out.write(CSVRenderer.row(["date", "path", "document", "source", "speaker", "speaker_mention", "speaker_gender", "speaker_organisation", "kind", "text", "start", "end", "cue"]))
            for h in hits {
                out.write(CSVRenderer.row([
                    h.date ?? "", h.path, h.document, h.source ?? "", h.speaker ?? "", h.speakerMention ?? "", h.speakerGender ?? "",
                    h.speakerOrganisation ?? "", h.kind, h.text, String(h.start), String(h.end), h.cue ?? "",
                ]))
            }
        }
        out.close()
        if hits.isEmpty && format == .text { FileHandleOutput.standardError.write("frtext: no quote matches in \(db)\n") }
    }
}
