import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// Inputs are never dropped silently: what cannot be read gets a skip line with its code, the
/// batch goes on and exits 1; a FIFO or device inside a folder is never opened (it would hang).
@Suite struct InputSkipTests {
    @Test func fifosDevicesAndBrokenLinksInAFolderAreSkippedWithACode() throws {
        let corpus = Scratch.corpus()
        defer { corpus.remove() }
        let lot = corpus.path("lot")
        try FileManager.default.createDirectory(atPath: lot, withIntermediateDirectories: true)
        #expect(mkfifo(lot + "/tube.txt", 0o644) == 0)
        try FileManager.default.createSymbolicLink(atPath: lot + "/peripherique.txt", withDestinationPath: "/dev/zero")
        try FileManager.default.createSymbolicLink(atPath: lot + "/perdu.txt", withDestinationPath: lot + "/absent.txt")
        try FileManager.default.createSymbolicLink(atPath: lot + "/boucle-a.txt", withDestinationPath: lot + "/boucle-b.txt")
        try FileManager.default.createSymbolicLink(atPath: lot + "/boucle-b.txt", withDestinationPath: lot + "/boucle-a.txt")
        try FileManager.default.createSymbolicLink(atPath: lot + "/retour", withDestinationPath: corpus.root)
        let result = try CLI.run(["report", corpus.root, "--format", "jsonl"], timeout: 120)
        #expect(result.status == 1, "\(result.stderr)")
        for (name, code, words) in [("tube.txt", "FT007", "FIFO"), ("peripherique.txt", "FT007", "device"), ("perdu.txt", "FT004", "dangling"),
                                    ("boucle-a.txt", "FT004", "loop"), ("boucle-b.txt", "FT004", "loop"), ("retour", "FT004", "loop")] {
            let line = result.stderr.split(separator: "\n").first { $0.contains("/" + name) }
            #expect(line?.contains(code) == true && line?.contains(words) == true, "\(name): \(line ?? "no line")")
            #expect(line?.contains("permission") == false)
        }
        let records = try ReportCLITests.objects(result.stdout)
        #expect(records.filter { $0["skipped"] == nil }.count == Scratch.releases.count)
        #expect(records.filter { $0["skipped"] != nil }.count == 6)
    }

    @Test func anUnreadableSubFolderIsSkippedWithACode() throws {
        let corpus = Scratch.corpus()
        defer { corpus.remove() }
        corpus.write("fermé/secret.txt", Scratch.releases[0].1)
        chmod(corpus.path("fermé"), 0o000)
        defer { chmod(corpus.path("fermé"), 0o755) }
        let result = try #require(try CLI.runUnprivileged(["report", corpus.root, corpus.path("fermé"), "--format", "jsonl"]), "needs setpriv to drop root")
        #expect(result.status == 1)
        let lines = result.stderr.split(separator: "\n").filter { $0.contains("fermé") }
        #expect(lines.count == 2, "listed once under the corpus, once as an input: \(result.stderr)")
        #expect(lines.allSatisfy { $0.contains("FT004") && $0.contains("cannot be listed") && $0.contains("permission") })
        #expect(try ReportCLITests.objects(result.stdout).filter { $0["skipped"] == nil }.count == Scratch.releases.count)
    }

    @Test func aFIFONamedOnTheCommandLineIsReadLikeStandardInput() throws {
        let s = Scratch()
        defer { s.remove() }
        let fifo = s.path("flux.txt")
        #expect(mkfifo(fifo, 0o644) == 0)
        let writer = Thread {
            if let handle = FileHandle(forWritingAtPath: fifo) {
                handle.write(Data("« Nous resterons », a déclaré Anna Wright à Genève.\n".utf8))
                try? handle.close()
            }
        }
        writer.start()
        let result = try CLI.run(["quotes", fifo, "--format", "jsonl"], timeout: 60)
        #expect(result.status == 0)
        #expect(result.stdout.contains("\"document\":\"flux.txt\"") && result.stdout.contains("Nous resterons"))
    }
}
