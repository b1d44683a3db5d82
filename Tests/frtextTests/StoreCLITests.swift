import Foundation
import GRDB
import Testing
@testable import FrenchTextStore

/// `frtext report … -o corpus.sqlite`, `frtext search`, `frtext merge … -o all.sqlite`, run as a user would.
@Suite struct StoreCLITests {
    static let deficit = """
    Paris, le 12 mars 2025. « Le déficit public atteindra 5,4 % cette année et le pouvoir d’achat des ménages résiste », a déclaré Éric Lombard, ministre de l’Économie.
    """

    /// The corpus of ``Scratch/releases`` plus the release about the deficit.
    static func corpus() -> Scratch {
        let s = Scratch.corpus()
        s.write("bercy/deficit.txt", deficit + "\n")
        return s
    }

    /// Runs frtext with extra environment variables; returns the status and standard error.
    static func run(_ arguments: [String], environment: [String: String]) throws -> (status: Int32, stderr: String) {
        let process = Process()
        process.executableURL = CLI.binary
        process.arguments = arguments
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        let err = Pipe()
        process.standardError = err
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let data = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    /// Everything a database holds but the time of analysis, in a fixed order.
    static func dump(_ path: String) throws -> [String] {
        let store = try CorpusStore(path: path, create: false)
        var lines = try store.documents(try store.paths()).map { d in
            "\(d.contentHash ?? "-") \(d.settings) \(d.toolVersion) " + (try d.record.jsonLine())
        }
        lines += try store.queue.read { db in
            try Row.fetchAll(db, sql: "SELECT name, type, gender, organisation, roles FROM participants ORDER BY name").map { "\($0)" }
        }
        return lines
    }

    @Test func secondRunAnalysesOnlyWhatChanged() throws {
        let s = Self.corpus()
        defer { s.remove() }
        let db = s.path("corpus.sqlite")
        let first = try CLI.run(["report", s.root, "-o", db])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stderr.contains("7 documents analysed, 0 unchanged, 0 removed"))

        let again = try CLI.run(["report", s.root, "-o", db])
        #expect(again.stderr.contains("0 documents analysed, 7 unchanged, 0 removed"), "\(again.stderr)")

        s.write("presse/lyon.txt", "« Nous ouvrirons trois classes à la rentrée », a annoncé Grégory Doucet, maire de Lyon, le 3 juin 2025.\n")
        let added = try CLI.run(["report", s.root, "-o", db])
        #expect(added.stderr.contains("1 document analysed, 7 unchanged, 0 removed"), "\(added.stderr)")

        s.write("presse/caen.txt", "« La place restera ouverte aux musiciens », a assuré Joël Bruneau, maire de Caen.\n")
        try FileManager.default.removeItem(atPath: s.path("hrw/rwanda.txt"))
        let changed = try CLI.run(["report", s.root, "-o", db])
        #expect(changed.stderr.contains("1 document analysed, 6 unchanged, 1 removed"), "\(changed.stderr)")

        // The same documents as one clean run over the corpus as it is now.
        let clean = s.path("clean.sqlite")
        _ = try CLI.run(["report", s.root, "-o", clean, "--glob", "*.txt"])
        #expect(try Self.dump(db) == Self.dump(clean))

        let store = try CorpusStore(path: db, create: false)
        #expect(try store.integrityCheck() == ["ok"])
        #expect(try store.search(SearchQuery(text: "musiciens")).first?.speaker == "Joël Bruneau")
        #expect(try store.search(SearchQuery(text: "recherches")).isEmpty)
    }

    @Test func summaryCoversTheWholeDatabaseNotJustThisRun() throws {
        let s = Self.corpus()
        defer { s.remove() }
        let db = s.path("corpus.sqlite")
        _ = try CLI.run(["report", s.root, "-o", db])
        s.write("presse/lyon.txt", "« Nous ouvrirons trois classes à la rentrée », a annoncé Grégory Doucet, maire de Lyon, le 3 juin 2025.\n")
        let incremental = try CLI.run(["report", s.root, "-o", db, "--summary", s.path("db-summary.json")])
        #expect(incremental.stderr.contains("1 document analysed, 7 unchanged"))
        _ = try CLI.run(["report", s.root, "--format", "jsonl", "-o", s.path("all.jsonl"), "--summary", s.path("run-summary.json")])
        #expect(s.read("db-summary.json") == s.read("run-summary.json"))
        #expect(s.read("db-summary.json").contains("Grégory Doucet"))
    }

    @Test func theDatabaseIsNeverOneOfItsDocuments() throws {
        let s = Self.corpus()
        defer { s.remove() }
        let db = s.path("corpus.sqlite")
        _ = try CLI.run(["report", s.root, "-o", db, "--glob", "*"])
        let again = try CLI.run(["report", s.root, "-o", db, "--glob", "*"])
        #expect(again.status == 0, "\(again.stderr)")
        #expect(again.stderr.contains("0 documents analysed, 7 unchanged"), "\(again.stderr)")
    }

    @Test func aDifferentDateMeansAnalysingAgain() throws {
        let s = Self.corpus()
        defer { s.remove() }
        let db = s.path("corpus.sqlite")
        _ = try CLI.run(["report", s.root, "-o", db])
        let redated = try CLI.run(["report", s.root, "-o", db, "--date", "2025-06-01"])
        #expect(redated.stderr.contains("7 documents analysed, 0 unchanged"), "\(redated.stderr)")
    }

    @Test func aRunKilledMidwayIsCompletedByTheNext() throws {
        let s = Self.corpus()
        defer { s.remove() }
        for i in 1...9 { s.write("extra/depeche-\(i).txt", "« Nous tiendrons le cap numéro \(i) », a déclaré Anna Wright, le \(i) mai 2025 à Paris.\n") }
        let db = s.path("killed.sqlite")
        // Batches of 4: the first is committed, the process dies inside the second transaction (kill -9).
        let killed = try Self.run(["report", s.root, "-o", db, "-j", "2"], environment: ["FRTEXT_SQLITE_BATCH": "4", "FRTEXT_TEST_KILL_AFTER_DOCUMENTS": "6"])
        #expect(killed.status == 9, "\(killed.stderr)")
        let store = try CorpusStore(path: db, create: false)
        #expect(try store.integrityCheck() == ["ok"])
        #expect(try store.count("documents") == 4)
        #expect(try store.queue.read { try Row.fetchAll($0, sql: "PRAGMA foreign_key_check") }.isEmpty)

        let resumed = try Self.run(["report", s.root, "-o", db], environment: ["FRTEXT_SQLITE_BATCH": "4"])
        #expect(resumed.status == 0)
        #expect(resumed.stderr.contains("12 documents analysed, 4 unchanged, 0 removed"), "\(resumed.stderr)")

        let clean = s.path("clean.sqlite")
        _ = try CLI.run(["report", s.root, "-o", clean, "--glob", "*.txt"])
        #expect(try Self.dump(db) == Self.dump(clean))
    }

    @Test func killDashNineFromAnotherProcessLeavesASoundDatabase() throws {
        let s = Self.corpus()
        defer { s.remove() }
        let db = s.path("killed.sqlite")
        let process = Process()
        process.executableURL = CLI.binary
        process.arguments = ["report", s.root, "-o", db]
        process.environment = ProcessInfo.processInfo.environment.merging(["FRTEXT_SQLITE_BATCH": "3", "FRTEXT_TEST_PAUSE_AFTER_DOCUMENTS": "5"]) { $1 }
        let err = Pipe()
        process.standardError = err
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        var said = ""
        while !said.contains("paused inside a transaction") {
            guard let chunk = try? err.fileHandleForReading.read(upToCount: 1), !chunk.isEmpty else { break }
            said += String(decoding: chunk, as: UTF8.self)
        }
        kill(process.processIdentifier, SIGKILL)   // kill -9, while document 5's transaction is open
        process.waitUntilExit()
        #expect(process.terminationReason == .uncaughtSignal && process.terminationStatus == SIGKILL)

        let store = try CorpusStore(path: db, create: false)
        #expect(try store.integrityCheck() == ["ok"])
        #expect(try store.count("documents") == 3)
        let resumed = try CLI.run(["report", s.root, "-o", db])
        #expect(resumed.stderr.contains("4 documents analysed, 3 unchanged, 0 removed"), "\(resumed.stderr)")
        _ = try CLI.run(["report", s.root, "-o", s.path("clean.sqlite")])
        #expect(try Self.dump(db) == Self.dump(s.path("clean.sqlite")))
    }

    @Test func searchFindsAQuoteByAWordWithAccentsFolded() throws {
        let s = Self.corpus()
        defer { s.remove() }
        let db = s.path("corpus.sqlite")
        _ = try CLI.run(["report", s.root, "-o", db])

        let text = try CLI.run(["search", "deficit", "--db", db])
        #expect(text.status == 0)
        #expect(text.stdout.hasPrefix("2025-03-12  \(s.root)/bercy/deficit.txt  Éric Lombard  [direct]\n"), "\(text.stdout)")
        #expect(text.stdout.contains("« Le déficit public atteindra"))

        let jsonl = try CLI.run(["search", "pouvoir d’achat", "--db", db, "--format", "jsonl"])
        try #require(jsonl.lines.count == 1)
        let hit = try JSONDecoder().decode(SearchHit.self, from: Data(jsonl.lines[0].utf8))
        #expect(hit.speaker == "Éric Lombard" && hit.date == "2025-03-12" && hit.document == "deficit.txt")

        let csv = try CLI.run(["search", "libérer", "--db", db, "--format", "csv", "--speaker", "wright", "--since", "2025-01-01"])
        let rows = csv.stdout.split(whereSeparator: \.isNewline)
        try #require(rows.count == 2)
        #expect(rows[0].hasPrefix("date,path,document,source,speaker"))
        #expect(rows[1].contains("Anna Wright"))

        #expect(try CLI.run(["search", "libérer", "--db", db, "--speaker", "Labeaume", "--format", "jsonl"]).stdout.isEmpty)
        #expect(try CLI.run(["search", "Plaines", "--db", db, "--since", "2013-01-01", "--format", "jsonl"]).stdout.isEmpty)
    }

    @Test func searchReportsAMissingDatabaseAndBadOptions() throws {
        let s = Scratch()
        defer { s.remove() }
        let missing = try CLI.run(["search", "déficit", "--db", s.path("absent.sqlite")])
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("[FT054]"))
        #expect(try CLI.run(["search", "déficit", "--since", "12/03/2025"]).status == 2)
        #expect(try CLI.run(["search", "déficit", "--match", "fuzzy"]).status == 2)
        let notes = s.write("notes.sqlite", String(repeating: "Le déficit se creuse. ", count: 100))
        let notADatabase = try CLI.run(["report", s.path("notes.sqlite"), "-o", notes])
        #expect(notADatabase.status == 1)
        #expect(notADatabase.stderr.contains("[FT050]"), "\(notADatabase.stderr)")
    }

    @Test func shardsMergeIntoTheDatabaseOfOneRun() throws {
        let s = Self.corpus()
        defer { s.remove() }
        for k in 1...2 {
            let r = try CLI.run(["report", s.root, "--shard", "\(k)/2", "-o", s.path("shard-\(k).sqlite")])
            #expect(r.status == 0, "\(r.stderr)")
        }
        let merged = try CLI.run(["merge", s.path("shard-1.sqlite"), s.path("shard-2.sqlite"), "-o", s.path("all.sqlite")])
        #expect(merged.status == 0, "\(merged.stderr)")
        #expect(merged.stderr.contains("7 documents merged from 2 databases"))
        _ = try CLI.run(["report", s.root, "-o", s.path("one.sqlite"), "--glob", "*.txt"])
        #expect(try Self.dump(s.path("all.sqlite")) == Self.dump(s.path("one.sqlite")))

        let mixed = try CLI.run(["merge", s.path("shard-1.sqlite"), s.path("amnesty/congo.txt"), "-o", s.path("x.sqlite")])
        #expect(mixed.status == 2)
    }

    @Test func standardInputCannotFillADatabase() throws {
        let s = Scratch()
        defer { s.remove() }
        let r = try CLI.run(["report", "-", "-o", s.path("corpus.sqlite")], stdin: Data(Self.deficit.utf8))
        #expect(r.status == 2)
        #expect(r.stderr.contains("not standard input"))
    }
}
