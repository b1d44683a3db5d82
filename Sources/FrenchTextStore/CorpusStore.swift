import Foundation
import FrenchText
import GRDB

/// A corpus database: one SQLite file that grows with the corpus and answers questions in SQL
/// (`sqlite3`, Datasette, pandas, R), full-text search included.
///
/// Each ``write(_:afterEach:)`` is one transaction: a run killed at any point leaves the
/// documents of the batches it committed and nothing of the batch it was writing, and the
/// next run, which skips every file whose ``DocumentFingerprint`` is unchanged, completes it.
///
/// ```swift
/// let store = try CorpusStore(path: "corpus.sqlite")
/// try store.write([StoredDocument(record: record, contentHash: ContentHash.hex(bytes))])
/// try store.search(SearchQuery(text: "deficit")).first?.text   // "Le déficit se creuse"
/// ```
public final class CorpusStore: Sendable {
    /// Written into each document row; a document analysed by another version is analysed again.
    public static let toolVersion = "frtext 0.12 (schema v1)"

    /// The database file.
    public let path: String
    let queue: DatabaseQueue

    /// Opens the database at `path`, creating it if needed and upgrading its schema.
    ///
    /// Throws ``CorpusStoreError`` when the file is not an SQLite database, belongs to another
    /// program, or comes from a newer FrenchText.
    public init(path: String, create: Bool = true) throws {
        self.path = path
        if !create && !FileManager.default.fileExists(atPath: path) { throw CorpusStoreError.missing(path: path) }
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        configuration.busyMode = .timeout(10)
        configuration.prepareDatabase { db in
            db.add(function: CorpusStore.foldFunction)
        }
        do {
            queue = try DatabaseQueue(path: path, configuration: configuration)
            try Self.migrate(queue, path: path)
        } catch let error as CorpusStoreError {
            throw error
        } catch let error as DatabaseError where error.resultCode == .SQLITE_NOTADB {
            throw CorpusStoreError.notADatabase(path: path)
        } catch {
            throw CorpusStoreError.sqlite(path: path, reason: Self.reason(error))
        }
    }

    private static func migrate(_ queue: DatabaseQueue, path: String) throws {
        let migrator = CorpusSchema.migrator
        try queue.writeWithoutTransaction { db in
            let applicationID = try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0
            let tables = try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
            if applicationID != CorpusSchema.applicationID && (applicationID != 0 || !tables.isEmpty) {
                throw CorpusStoreError.foreignDatabase(path: path)
            }
            let known = Set(migrator.migrations)
            let applied = try migrator.appliedIdentifiers(db)
            let unknown = applied.subtracting(known)
            if !unknown.isEmpty { throw CorpusStoreError.newerSchema(path: path, unknown: unknown.sorted()) }
        }
        try migrator.migrate(queue)
    }

    // MARK: Incremental runs

    /// The fingerprint of every stored document, by path.
    public func fingerprints() throws -> [String: DocumentFingerprint] {
        try guarded {
            try queue.read { db in
                var result = [String: DocumentFingerprint]()
                for row in try Row.fetchAll(db, sql: "SELECT path, content_hash, settings, tool_version FROM documents") {
                    result[row["path"]] = DocumentFingerprint(contentHash: row["content_hash"], settings: row["settings"], toolVersion: row["tool_version"])
                }
                return result
            }
        }
    }

    /// Writes `documents` in one transaction, replacing the stored rows of the same paths.
    /// `afterEach` runs inside the transaction after each document (tests use it to kill the process there).
    public func write(_ documents: [StoredDocument], afterEach: ((Int) -> Void)? = nil) throws {
        guard !documents.isEmpty else { return }
        try guarded {
            try queue.write { db in
                var touched = Set<Int64>()
                var participantIDs = [String: Int64]()
                for (n, document) in documents.enumerated() {
                    touched.formUnion(try Self.delete(path: document.record.path ?? document.record.document, db))
                    try Self.insert(document, db, participants: &participantIDs)
                    afterEach?(n)
                }
                touched.formUnion(participantIDs.values)
                try Self.refreshParticipants(touched, db)
            }
        }
    }

    /// Deletes the documents of `paths` (files that disappeared) in one transaction; returns how many there were.
    @discardableResult
    public func remove(paths: some Collection<String>) throws -> Int {
        guard !paths.isEmpty else { return 0 }
        return try guarded {
            try queue.write { db in
                var touched = Set<Int64>()
                var count = 0
                for path in paths {
                    touched.formUnion(try Self.delete(path: path, db))
                    count += db.changesCount > 0 ? 1 : 0
                }
                try Self.refreshParticipants(touched, db)
                return count
            }
        }
    }

    /// Number of rows in a table (`documents`, `quotes`, `participants`, `entities`, `inclusive`).
    public func count(_ table: String) throws -> Int {
        guard ["documents", "quotes", "participants", "entities", "inclusive"].contains(table) else { return 0 }
        return try guarded { try queue.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM \(table)") ?? 0 } }
    }

    /// `PRAGMA integrity_check`'s answer: `["ok"]` for a sound file.
    public func integrityCheck() throws -> [String] {
        try guarded { try queue.read { try String.fetchAll($0, sql: "PRAGMA integrity_check") } }
    }

    // MARK: Rows

    /// Deletes the document at `path` (its quotes, entities and inclusive forms go with it);
    /// returns the participants its quotes named.
    private static func delete(path: String, _ db: Database) throws -> Set<Int64> {
        let ids = try Int64.fetchAll(db, sql: """
            SELECT DISTINCT q.participant_id FROM quotes q JOIN documents d ON d.id = q.document_id
            WHERE d.path = ? AND q.participant_id IS NOT NULL
            """, arguments: [path])
        try db.execute(sql: "DELETE FROM documents WHERE path = ?", arguments: [path])
        return Set(ids)
    }

    private static func insert(_ stored: StoredDocument, _ db: Database, participants: inout [String: Int64]) throws {
        let r = stored.record
        let warnings = String(decoding: (try? JSONEncoder().encode(r.warnings)) ?? Data("[]".utf8), as: UTF8.self)
        try db.execute(sql: """
            INSERT INTO documents (path, name, source, date, encoding, bytes, characters, paragraphs, sentences, tokens,
                warnings, skip_code, skip_message, content_hash, settings, analysed_at, tool_version)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [
                r.path ?? r.document, r.document, r.source, r.date, r.encoding, r.bytes, r.characters, r.paragraphs, r.sentences, r.tokens,
                warnings, r.skipped?.code, r.skipped?.message, stored.contentHash, stored.settings, stored.analysedAt, stored.toolVersion,
            ])
        let documentID = db.lastInsertedRowID
        for (position, q) in r.quotes.enumerated() {
            var participantID: Int64?
            if let name = q.speaker, !name.isEmpty {
                if let id = participants[name] {
                    participantID = id
                } else {
                    let id = try Int64.fetchOne(db, sql: """
                        INSERT INTO participants (name) VALUES (?) ON CONFLICT(name) DO UPDATE SET name = excluded.name RETURNING id
                        """, arguments: [name])
                    participants[name] = id
                    participantID = id
                }
            }
            try db.execute(sql: """
                INSERT INTO quotes (document_id, position, kind, text, start_char, end_char, paragraph, participant_id,
                    speaker_mention, speaker_start_char, speaker_end_char, speaker_type, speaker_role, speaker_organisation,
                    speaker_gender, speaker_resolution, cue, rule, confidence)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [
                    documentID, position, q.kind, q.text, q.start, q.end, q.paragraph, participantID,
                    q.speakerMention, q.speakerStart, q.speakerEnd, q.speakerType, q.speakerRole, q.speakerOrganisation,
                    q.speakerGender, q.speakerResolution, q.cue, q.rule, q.confidence,
                ])
        }
        for (position, e) in r.entities.enumerated() {
            try db.execute(sql: """
                INSERT INTO entities (document_id, position, type, text, start_char, end_char, canonical, value, rule)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [documentID, position, e.type, e.text, e.start, e.end, e.canonical, e.value, e.rule])
        }
        for (position, i) in r.inclusive.enumerated() {
            try db.execute(sql: """
                INSERT INTO inclusive (document_id, position, form, masc, fem, start_char, end_char) VALUES (?, ?, ?, ?, ?, ?, ?)
                """, arguments: [documentID, position, i.form, i.masc, i.fem, i.start, i.end])
        }
    }

    /// Drops participants no quote names any more and recomputes the others' attributes from
    /// their quotes (most frequent type, gender and organisation; every role), so that the
    /// result does not depend on the order documents were added in.
    private static func refreshParticipants(_ ids: Set<Int64>, _ db: Database) throws {
        guard !ids.isEmpty else { return }
        let list = ids.sorted().map(String.init).joined(separator: ",")
        try db.execute(sql: """
            DELETE FROM participants WHERE id IN (\(list))
              AND NOT EXISTS (SELECT 1 FROM quotes WHERE participant_id = participants.id)
            """)
        func mostFrequent(_ column: String, skipping: String = "") -> String {
            let skip = skipping.isEmpty ? "" : " AND \(column) != '\(skipping)'"
            return """
                (SELECT \(column) FROM quotes WHERE participant_id = participants.id AND \(column) IS NOT NULL\(skip)
                 GROUP BY \(column) ORDER BY count(*) DESC, \(column) LIMIT 1)
                """
        }
        try db.execute(sql: """
            UPDATE participants SET
              type = \(mostFrequent("speaker_type")),
              gender = coalesce(\(mostFrequent("speaker_gender", skipping: "unknown")), \(mostFrequent("speaker_gender"))),
              organisation = \(mostFrequent("speaker_organisation")),
              roles = (SELECT group_concat(role, '; ') FROM
                        (SELECT DISTINCT speaker_role AS role FROM quotes
                         WHERE participant_id = participants.id AND speaker_role IS NOT NULL ORDER BY role))
            WHERE id IN (\(list))
            """)
    }

    // MARK: Reading back

    /// The paths of the stored documents, sorted.
    public func paths() throws -> [String] {
        try guarded { try queue.read { try String.fetchAll($0, sql: "SELECT path FROM documents ORDER BY path") } }
    }

    /// The stored documents of `paths`, records rebuilt from their rows (what `merge` copies).
    public func documents(_ paths: [String]) throws -> [StoredDocument] {
        try guarded {
            try queue.read { db in
                try paths.compactMap { path in
                    guard let row = try Row.fetchOne(db, sql: "SELECT * FROM documents WHERE path = ?", arguments: [path]) else { return nil }
                    return try Self.document(row, db)
                }
            }
        }
    }

    private static func document(_ row: Row, _ db: Database) throws -> StoredDocument {
        let id: Int64 = row["id"]
        var record = AnalysisRecord(
            skipped: InputItem(path: row["path"], document: row["name"], source: row["source"] ?? ""),
            error: .emptyInput(source: ""))
        record.source = row["source"]
        record.skipped = (row["skip_code"] as String?).map { AnalysisRecord.SkipRecord(code: $0, message: row["skip_message"] ?? "") }
        record.date = row["date"]
        record.encoding = row["encoding"]
        record.bytes = row["bytes"]
        record.characters = row["characters"]
        record.paragraphs = row["paragraphs"]
        record.sentences = row["sentences"]
        record.tokens = row["tokens"]
        record.warnings = (try? JSONDecoder().decode([String].self, from: Data((row["warnings"] as String? ?? "[]").utf8))) ?? []
        record.quotes = try Row.fetchAll(db, sql: """
            SELECT q.*, p.name AS speaker FROM quotes q LEFT JOIN participants p ON p.id = q.participant_id
            WHERE q.document_id = ? ORDER BY q.position
            """, arguments: [id]).map { q in
            AnalysisRecord.QuoteRecord(
                kind: q["kind"], text: q["text"], start: q["start_char"], end: q["end_char"], speaker: q["speaker"],
                speakerMention: q["speaker_mention"], speakerStart: q["speaker_start_char"], speakerEnd: q["speaker_end_char"],
                speakerType: q["speaker_type"], speakerRole: q["speaker_role"], speakerOrganisation: q["speaker_organisation"],
                speakerGender: q["speaker_gender"], speakerResolution: q["speaker_resolution"], cue: q["cue"], paragraph: q["paragraph"], confidence: q["confidence"], rule: q["rule"])
        }
        record.entities = try Row.fetchAll(db, sql: "SELECT * FROM entities WHERE document_id = ? ORDER BY position", arguments: [id]).map { e in
            AnalysisRecord.EntityRecord(text: e["text"], type: e["type"], start: e["start_char"], end: e["end_char"], canonical: e["canonical"], value: e["value"], rule: e["rule"])
        }
        record.inclusive = try Row.fetchAll(db, sql: "SELECT * FROM inclusive WHERE document_id = ? ORDER BY position", arguments: [id]).map { i in
            AnalysisRecord.InclusiveRecord(form: i["form"], masc: i["masc"], fem: i["fem"], start: i["start_char"], end: i["end_char"])
        }
        return StoredDocument(record: record, contentHash: row["content_hash"], settings: row["settings"], analysedAt: row["analysed_at"], toolVersion: row["tool_version"])
    }

    // MARK: Helpers

    /// The current time as ISO 8601 (UTC, seconds).
    public static func now() -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.string(from: Date())
    }

    /// Runs `body`, turning GRDB's errors into ``CorpusStoreError``.
    func guarded<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as CorpusStoreError {
            throw error
        } catch {
            throw CorpusStoreError.sqlite(path: path, reason: Self.reason(error))
        }
    }

    static func reason(_ error: Error) -> String {
        if let error = error as? DatabaseError { return error.message ?? "\(error.resultCode)" }
        return "\(error)"
    }

    /// `ft_fold(text)`: lower case, no accents, ’ as ' (what `--speaker` compares).
    static let foldFunction = DatabaseFunction("ft_fold", argumentCount: 1, pure: true) { values in
        guard let text = String.fromDatabaseValue(values[0]) else { return nil }
        return fold(text)
    }

    /// Lower case, accents removed, typographic apostrophe as ASCII: `Régis Labeaume` → `regis labeaume`.
    public static func fold(_ text: String) -> String {
        text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil).replacingOccurrences(of: "\u{2019}", with: "'")
    }
}
