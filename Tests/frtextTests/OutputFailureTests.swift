import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#endif

extension CLI {
    /// Runs `frtext` as an unprivileged user (nobody, through setpriv) when the tests run as root,
    /// so that a folder without write permission is one for the process too.
    static func runUnprivileged(_ arguments: [String]) throws -> Result? {
        guard getuid() == 0 else { return try run(arguments) }
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv") else { return nil }
        return try run(executable: URL(fileURLWithPath: "/usr/bin/setpriv"),
                       ["--reuid=65534", "--regid=65534", "--clear-groups", "--", binary.path] + arguments)
    }

    /// Runs `frtext` with its standard output closed (`frtext … >&-`).
    static func runWithClosedStandardOutput(_ arguments: [String]) throws -> Result {
        try run(executable: URL(fileURLWithPath: "/bin/sh"), ["-c", "exec \"$0\" \"$@\" >&-", binary.path] + arguments)
    }
}

/// Every output is checked: a full device, a closed standard output or a folder that cannot be
/// written gives exit status 3 and an FT030 error, never exit 0 with a truncated file.
@Suite struct OutputFailureTests {
    static let fullDevice = "/dev/full"

    @Test(arguments: ["jsonl", "json", "html", "md", "text"])
    func aFullDeviceFailsTheReport(format: String) throws {
        try #require(FileManager.default.fileExists(atPath: Self.fullDevice), "needs /dev/full")
        let corpus = Scratch.corpus()
        defer { corpus.remove() }
        let result = try CLI.run(["report", corpus.root, "--format", format, "-o", Self.fullDevice, "--quiet"])
        #expect(result.status == 3)
        #expect(result.stderr.contains("FT030") && result.stderr.contains("no space left"))
    }

    @Test(arguments: [["quotes", "--format", "csv"], ["entities", "--format", "jsonl"], ["quotes", "--format", "json"]])
    func aFullDeviceFailsTheExtractionCommands(command: [String]) throws {
        try #require(FileManager.default.fileExists(atPath: Self.fullDevice), "needs /dev/full")
        let corpus = Scratch.corpus()
        defer { corpus.remove() }
        let result = try CLI.run([command[0], corpus.root] + command.dropFirst() + ["-o", Self.fullDevice, "--quiet"])
        #expect(result.status == 3)
        #expect(result.stderr.contains("FT030"))
    }

    @Test func aSummaryOnAFullDeviceFails() throws {
        let corpus = Scratch.corpus()
        defer { corpus.remove() }
        let result = try CLI.run(["report", corpus.root, "--format", "jsonl", "-o", corpus.path("out.jsonl"), "--summary", Self.fullDevice, "--quiet"])
        #expect(result.status == 3)
        #expect(result.stderr.contains("FT030"))
    }

    @Test func mergeOnAFullDeviceFails() throws {
        let corpus = Scratch.corpus()
        defer { corpus.remove() }
        #expect(try CLI.run(["report", corpus.root, "--format", "jsonl", "-o", corpus.path("all.jsonl"), "--quiet"]).status == 0)
        let result = try CLI.run(["merge", corpus.path("all.jsonl"), "-o", Self.fullDevice])
        #expect(result.status == 3)
        #expect(result.stderr.contains("FT030"))
    }

    @Test func aClosedStandardOutputFails() throws {
        let corpus = Scratch.corpus()
        defer { corpus.remove() }
        let result = try CLI.runWithClosedStandardOutput(["report", corpus.root, "--format", "jsonl", "--quiet"])
        #expect(result.status == 3)
        #expect(result.stderr.contains("standard output") && result.stderr.contains("FT030"))
    }

    @Test func aReadOnlyFolderFailsBeforeTheAnalysisAndKeepsTheOldFile() throws {
        let corpus = Scratch.corpus()
        defer { corpus.remove() }
        let folder = corpus.path("lecture-seule")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        corpus.write("lecture-seule/index.html", "<p>the good report</p>")
        chmod(folder, 0o555)
        defer { chmod(folder, 0o755) }
        for arguments in [["--format", "json", "-o", folder + "/"], ["--format", "html", "-o", folder + "/index.html"], ["--format", "csv", "-o", folder]] {
            let result = try #require(try CLI.runUnprivileged(["report", corpus.root, "--quiet"] + arguments), "needs setpriv to drop root")
            #expect(result.status == 3, "\(arguments)")
            #expect(result.stderr.contains("FT030") && result.stderr.contains("permission"), "\(arguments): \(result.stderr)")
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["index.html"])
        #expect(corpus.read("lecture-seule/index.html") == "<p>the good report</p>")
    }

    @Test func aGoodRunReplacesTheFileAndLeavesNoTemporaryFile() throws {
        let corpus = Scratch.corpus()
        defer { corpus.remove() }
        corpus.write("out/report.jsonl", "old\n")
        let result = try CLI.run(["report", corpus.root, "--format", "jsonl", "-o", corpus.path("out/report.jsonl"), "--summary", corpus.path("out/summary.json"), "--quiet"])
        #expect(result.status == 0)
        #expect(corpus.read("out/report.jsonl").split(separator: "\n").count == Scratch.releases.count)
        #expect(try FileManager.default.contentsOfDirectory(atPath: corpus.path("out")).sorted() == ["report.jsonl", "summary.json"])
    }

    @Test func aCSVFileNameIsNotTurnedIntoAFolder() throws {
        let corpus = Scratch.corpus()
        defer { corpus.remove() }
        let result = try CLI.run(["report", corpus.root, "--format", "csv", "-o", corpus.path("out/single.csv"), "--quiet"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("quotes.csv and entities.csv"))
        #expect(!FileManager.default.fileExists(atPath: corpus.path("out/single.csv")))
    }
}
