import Foundation
import Testing

/// `frtext merge` refuses to write aggregates that would miss or double-count documents.
@Suite struct MergeErrorTests {
    @Test func aMissingOrForeignShardIsAnErrorAndNothingIsWritten() throws {
        let corpus = Scratch.corpus()
        defer { corpus.remove() }
        #expect(try CLI.run(["report", corpus.root, "--format", "jsonl", "-o", corpus.path("all.jsonl"), "--quiet"]).status == 0)
        let foreign = corpus.write("table.csv", "document,text\r\na.txt,bonjour\r\n")
        for (bad, code) in [(corpus.path("absent.jsonl"), "FT004"), (foreign, "FT008"), (corpus.root, "FT004")] {
            let result = try CLI.run(["merge", corpus.path("all.jsonl"), bad, "-o", corpus.path("summary.json")])
            #expect(result.status == 1, "\(bad)")
            #expect(result.stderr.contains(code), "\(bad): \(result.stderr)")
            #expect(!FileManager.default.fileExists(atPath: corpus.path("summary.json")))
        }
    }

    @Test func theSameShardTwiceIsAnError() throws {
        let corpus = Scratch.corpus()
        defer { corpus.remove() }
        #expect(try CLI.run(["report", corpus.root, "--format", "jsonl", "-o", corpus.path("all.jsonl"), "--quiet"]).status == 0)
        let result = try CLI.run(["merge", corpus.path("all.jsonl"), corpus.path("all.jsonl")])
        #expect(result.status == 1)
        #expect(result.stderr.contains("FT009") && result.stderr.contains("already merged"))
        #expect(result.stdout.isEmpty)
    }

    @Test func anEmptyShardIsAnError() throws {
        let s = Scratch()
        defer { s.remove() }
        let result = try CLI.run(["merge", s.write("empty.jsonl", "")])
        #expect(result.status == 1)
        #expect(result.stderr.contains("FT008"))
    }
}

@Suite struct VersionTests {
    @Test func versionIsPrinted() throws {
        let result = try CLI.run(["--version"])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("frtext "))
    }
}
