import Foundation
import FrenchText
import GRDB
import Testing
@testable import FrenchTextStore

/// Short French releases with quotes, speakers, entities and inclusive forms.
enum StoreFixture {
    static let texts: [(path: String, text: String)] = [
        ("bercy/deficit.txt", """
        Paris, le 12 mars 2025. « Le déficit public atteindra 5,4 % cette année et le pouvoir d’achat des ménages résiste », a déclaré Éric Lombard, ministre de l’Économie.
        """),
        ("amnesty/belarus.txt", """
        Le 1er septembre 2025, Anna Wright, spécialiste de la région à Amnesty International, a déclaré : « La libération de ces détenu·e·s est une bonne nouvelle, mais des centaines restent derrière les barreaux. »

        « Les autorités doivent libérer toutes les personnes détenues arbitrairement », a-t-elle ajouté depuis Londres.
        """),
        ("presse/quebec.txt", """
        Le maire de Québec, Régis Labeaume, a présenté le projet le 22 septembre 2012. « Les Plaines appartiennent à tous les Québécois », a-t-il déclaré devant les élu·e·s municipaux.
        """),
    ]

    static let analyzer = FrenchAnalyzer()

    static func stored(_ path: String, _ text: String, date: String? = nil) -> StoredDocument {
        let item = InputItem(path: path, document: String(path.split(separator: "/").last!), source: SourceRule.folder.source(ofPath: path))
        let record = AnalysisRecord(analyzer.analyze(text, name: path, date: date.flatMap { try? DocumentDate(iso: $0) }), item: item)
        return StoredDocument(record: record, contentHash: ContentHash.hex(Array(text.utf8)), settings: "date=\(date ?? "")")
    }

    static var all: [StoredDocument] { texts.map { stored($0.path, $0.text) } }

    /// A fresh database in a temporary folder.
    static func store() throws -> CorpusStore {
        try CorpusStore(path: temporaryPath())
    }

    static func temporaryPath(_ name: String = "corpus.sqlite") -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("frtext-store-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir.appendingPathComponent(name).path
    }
}

@Suite struct CorpusStoreTests {
    @Test func recordsComeBackAsWritten() throws {
        let store = try StoreFixture.store()
        let documents = StoreFixture.all
        try store.write(documents)
        let back = try store.documents(try store.paths())
        #expect(back.map(\.record.path) == ["amnesty/belarus.txt", "bercy/deficit.txt", "presse/quebec.txt"])
        for document in documents {
            let stored = try #require(back.first { $0.record.path == document.record.path })
            #expect(stored.record == document.record)
            #expect(stored.fingerprint == document.fingerprint)
        }
        #expect(try store.integrityCheck() == ["ok"])
    }

    @Test func howTheSpeakerWasReachedComesBack() throws {
        let store = try StoreFixture.store()
        var document = StoreFixture.stored(StoreFixture.texts[1].path, StoreFixture.texts[1].text)
        try #require(!document.record.quotes.isEmpty)
        document.record.quotes[0].speakerResolution = "pronoun"
        try store.write([document])
        let back = try #require(try store.documents(try store.paths()).first)
        #expect(back.record.quotes.map { $0.speakerResolution } == document.record.quotes.map { $0.speakerResolution })
        #expect(back.record.quotes.first?.speakerResolution == "pronoun")
    }

    @Test func quotesNameTheirSpeakerOnce() throws {
        let store = try StoreFixture.store()
        try store.write(StoreFixture.all)
        let speakers = try store.queue.read { db in
            try Row.fetchAll(db, sql: "SELECT speaker, gender, quotes FROM speakers ORDER BY speaker").map { "\($0["speaker"] as String):\($0["gender"] as String? ?? "-"):\($0["quotes"] as Int)" }
        }
        #expect(speakers.contains("Anna Wright:female:2"))
        #expect(speakers.contains("Régis Labeaume:male:1"))
        #expect(try store.count("participants") == speakers.count)
    }

    @Test(arguments: [
        ("deficit", "bercy/deficit.txt"),
        ("DÉFICIT", "bercy/deficit.txt"),
        ("pouvoir d’achat", "bercy/deficit.txt"),
        ("pouvoir d'achat", "bercy/deficit.txt"),
        ("quebecois", "presse/quebec.txt"),
        ("detenu", "amnesty/belarus.txt"),
    ])
    func searchFoldsAccentsCaseAndApostrophes(words: String, path: String) throws {
        let store = try StoreFixture.store()
        try store.write(StoreFixture.all)
        let hits = try store.search(SearchQuery(text: words))
        #expect(hits.map(\.path) == [path])
    }

    @Test func phraseWantsTheWordsTogether() throws {
        let store = try StoreFixture.store()
        try store.write(StoreFixture.all)
        #expect(try store.search(SearchQuery(text: "achat pouvoir")).isEmpty)
        #expect(try store.search(SearchQuery(text: "achat pouvoir", mode: .all)).count == 1)
        #expect(try store.search(SearchQuery(text: "plaines barreaux", mode: .any)).count == 2)
        #expect(try store.search(SearchQuery(text: "\"  \"")).isEmpty)
    }

    @Test func speakerAndDateNarrowTheSearch() throws {
        let store = try StoreFixture.store()
        try store.write(StoreFixture.all)
        let wright = try store.search(SearchQuery(text: "libérer", speaker: "anna wright"))
        #expect(wright.count == 1)
        #expect(wright.first?.speaker == "Anna Wright")
        #expect(try store.search(SearchQuery(text: "libérer", speaker: "Labeaume")).isEmpty)
        #expect(try store.search(SearchQuery(text: "Plaines", speaker: "regis")).count == 1)
        #expect(try store.search(SearchQuery(text: "déficit", since: "2025-03-01")).count == 1)
        #expect(try store.search(SearchQuery(text: "déficit", since: "2025-03-13")).isEmpty)
        #expect(try store.search(SearchQuery(text: "Plaines", until: "2012-12-31")).count == 1)
    }

    @Test func badFTSSyntaxIsAnErrorWithACode() throws {
        let store = try StoreFixture.store()
        try store.write(StoreFixture.all)
        #expect(throws: CorpusStoreError.self) { try store.search(SearchQuery(text: "déficit AND (", mode: .fts)) }
        do {
            _ = try store.search(SearchQuery(text: "\"déficit", mode: .fts))
            Issue.record("expected an error")
        } catch let error as CorpusStoreError {
            #expect(error.code == "FT055")
        }
    }

    @Test func rewritingADocumentReplacesItsRows() throws {
        let store = try StoreFixture.store()
        try store.write(StoreFixture.all)
        let quotes = try store.count("quotes")
        let edited = StoreFixture.stored("presse/quebec.txt", "Le maire de Québec a parlé. Rien de plus.")
        try store.write([edited])
        #expect(try store.count("documents") == 3)
        #expect(try store.count("quotes") < quotes)
        // Régis Labeaume is quoted nowhere now: his participant row is gone.
        let names = try store.queue.read { try String.fetchAll($0, sql: "SELECT name FROM participants") }
        #expect(!names.contains("Régis Labeaume"))
        #expect(try store.search(SearchQuery(text: "Plaines")).isEmpty)
    }

    @Test func removingPathsDeletesEveryRowOfThem() throws {
        let store = try StoreFixture.store()
        try store.write(StoreFixture.all)
        #expect(try store.remove(paths: ["amnesty/belarus.txt", "nowhere.txt"]) == 1)
        #expect(try store.paths() == ["bercy/deficit.txt", "presse/quebec.txt"])
        let orphans = try store.queue.read { db in
            try Int.fetchOne(db, sql: """
                SELECT (SELECT count(*) FROM quotes WHERE document_id NOT IN (SELECT id FROM documents))
                     + (SELECT count(*) FROM entities WHERE document_id NOT IN (SELECT id FROM documents))
                     + (SELECT count(*) FROM inclusive WHERE document_id NOT IN (SELECT id FROM documents))
                     + (SELECT count(*) FROM participants WHERE name = 'Anna Wright')
                """) ?? -1
        }
        #expect(orphans == 0)
        #expect(try store.search(SearchQuery(text: "barreaux")).isEmpty)
        #expect(try store.queue.read { try Row.fetchAll($0, sql: "PRAGMA foreign_key_check") }.isEmpty)
    }

    @Test func fingerprintsTellWhatChanged() throws {
        let store = try StoreFixture.store()
        let document = StoreFixture.all[0]
        try store.write([document])
        let stored = try store.fingerprints()[document.record.path!]
        #expect(document.fingerprint.isCurrent(comparedTo: stored))
        var edited = document.fingerprint
        edited.contentHash = ContentHash.hex(Array("autre texte".utf8))
        #expect(!edited.isCurrent(comparedTo: stored))
        var otherDate = document.fingerprint
        otherDate.settings = "date=2025-01-01"
        #expect(!otherDate.isCurrent(comparedTo: stored))
        #expect(!DocumentFingerprint(contentHash: nil, settings: "").isCurrent(comparedTo: stored))
    }

    @Test func mergeCopiesShardsAndMatchesSpeakersByName() throws {
        let a = try StoreFixture.store(), b = try StoreFixture.store(), all = try StoreFixture.store()
        let documents = StoreFixture.all
        try a.write([documents[0], documents[1]])
        try b.write([documents[2]])
        let result = try all.merge(from: a)
        #expect(result.documents == 2 && result.replaced.isEmpty)
        try all.merge(from: b)
        #expect(try all.paths().count == 3)
        #expect(try all.documents(try all.paths()).map(\.record) == documents.sorted { $0.record.path! < $1.record.path! }.map(\.record))
        #expect(try all.merge(from: b).replaced == ["presse/quebec.txt"])
        #expect(try all.count("documents") == 3)
    }

    @Test func schemaHasTheFrenchTokenizerAndForeignKeys() throws {
        let store = try StoreFixture.store()
        let sql = try store.queue.read { try String.fetchAll($0, sql: "SELECT sql FROM sqlite_master WHERE sql IS NOT NULL") }.joined(separator: "\n")
        #expect(sql.contains("tokenize='unicode61 remove_diacritics 2'"))
        #expect(sql.contains("REFERENCES documents(id) ON DELETE CASCADE"))
        #expect(sql.contains("CREATE INDEX quotes_participant"))
        let applied = try store.queue.read { try String.fetchAll($0, sql: "SELECT identifier FROM grdb_migrations") }
        #expect(applied == ["v1", "v2"])
        #expect(sql.contains("speaker_resolution"))
    }

    @Test func aTextFileIsNotADatabase() throws {
        let path = StoreFixture.temporaryPath("notes.sqlite")
        _ = FileManager.default.createFile(atPath: path, contents: Data(String(repeating: "Le déficit se creuse. ", count: 100).utf8))
        #expect(throws: CorpusStoreError.notADatabase(path: path)) { try CorpusStore(path: path) }
    }

    @Test func anotherProgramsDatabaseIsLeftAlone() throws {
        let path = StoreFixture.temporaryPath("other.sqlite")
        let queue = try DatabaseQueue(path: path)
        try queue.write { try $0.execute(sql: "CREATE TABLE clients (nom TEXT)") }
        #expect(throws: CorpusStoreError.foreignDatabase(path: path)) { try CorpusStore(path: path) }
    }

    @Test func aNewerSchemaIsRefusedNotBroken() throws {
        let path = StoreFixture.temporaryPath()
        let store = try CorpusStore(path: path)
        try store.write([StoreFixture.all[0]])
        try store.queue.write { try $0.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v9-future')") }
        #expect(throws: CorpusStoreError.newerSchema(path: path, unknown: ["v9-future"])) { try CorpusStore(path: path) }
        #expect(CorpusStoreError.newerSchema(path: path, unknown: ["v9-future"]).code == "FT052")
    }

    @Test func searchingAMissingDatabaseSaysHowToMakeOne() throws {
        let path = StoreFixture.temporaryPath("absent.sqlite")
        #expect(throws: CorpusStoreError.missing(path: path)) { try CorpusStore(path: path, create: false) }
        #expect(!FileManager.default.fileExists(atPath: path))
    }

    @Test func contentHashIsStable() {
        #expect(ContentHash.hex([UInt8]()) == "cbf29ce484222325")
        #expect(ContentHash.hex(Array("a".utf8)) == "af63dc4c8601ec8c")
        #expect(ContentHash.hex(Array("déficit".utf8)).count == 16)
    }
}
