import Foundation
import Testing

/// `frtext quotes` and `frtext entities` run as processes.
@Suite struct ExtractionCLITests {
    @Test(arguments: ["quotes", "entities"])
    func everyFormatParsesBack(command: String) throws {
        let corpus = Scratch.corpus()
        defer { corpus.remove() }
        let key = command
        let other = command == "quotes" ? "entities" : "quotes"

        let jsonl = try CLI.run([command, corpus.root, "--format", "jsonl", "--quiet"])
        #expect(jsonl.status == 0)
        let records = try ReportCLITests.objects(jsonl.stdout)
        #expect(records.count == 6)
        #expect(records.allSatisfy { $0[key] is [Any] && $0[other] == nil })

        let json = try CLI.run([command, corpus.root, "--format", "json", "--quiet"])
        let array = try #require(JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
        #expect(array.count == 6)

        let csv = try CLI.run([command, corpus.root, "--format", "csv", "--quiet"])
        #expect(csv.status == 0)
        let rows = CSV.parse(csv.stdout)
        #expect(rows.first?.first == "document")
        #expect(rows.count - 1 == records.reduce(0) { $0 + ReportCLITests.list($1, key).count })

        let text = try CLI.run([command, corpus.root, "--format", "text", "--quiet"])
        #expect(text.status == 0)
        #expect(text.stdout.contains("━━ belarus.txt"))
        #expect(!text.stdout.contains("━━ Corpus"))
    }

    @Test func quotesShowSpeakers() throws {
        let corpus = Scratch.corpus()
        defer { corpus.remove() }
        let text = try CLI.run(["quotes", corpus.path("amnesty/congo.txt"), "--format", "text"])
        #expect(text.stdout.contains("Quotes"))
        #expect(text.stdout.contains("« Les civils paient le prix fort de cette guerre »"))
        #expect(text.stdout.contains("— Volker Türk"))
    }

    @Test func entitiesAreGroupedByTypeWithCounts() throws {
        let corpus = Scratch.corpus()
        defer { corpus.remove() }
        let text = try CLI.run(["entities", corpus.path("hrw/rwanda.txt"), "--format", "text"])
        #expect(text.status == 0)
        #expect(!text.stdout.contains("Quotes"))
        #expect(text.stdout.contains("Human Rights Watch ×"))
        #expect(text.stdout.contains("2014-06-02"))
    }
}
