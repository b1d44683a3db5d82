import GRDB

/// The corpus database's schema, as GRDB migrations: an old database is upgraded in place
/// when opened, one written by a newer FrenchText is refused (``CorpusStoreError/newerSchema(path:unknown:)``).
///
/// Offsets are Unicode code points into the file as it is (`start_char` inclusive, `end_char` exclusive),
/// as in the JSON report. The README shows the tables and three queries.
enum CorpusSchema {
    /// `PRAGMA application_id` of a FrenchText corpus ("FTxt").
    static let applicationID: Int32 = 0x4654_7874

    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            try db.execute(sql: "PRAGMA application_id = \(applicationID)")
            for statement in v1 { try db.execute(sql: statement) }
        }
        migrator.registerMigration("v2") { db in
            // how stage 2 reached the speaker: pronoun, role, name, salient-speaker… (NULL: stage 1's reading kept)
            try db.execute(sql: "ALTER TABLE quotes ADD COLUMN speaker_resolution TEXT")
        }
        return migrator
    }

    /// The first schema: documents, participants, quotes, entities, inclusive forms, and the
    /// full-text index over quote texts (accents and case folded).
    static let v1: [String] = [
        """
        CREATE TABLE documents (
            id INTEGER PRIMARY KEY,
            path TEXT NOT NULL UNIQUE,          -- as found: presse/amnesty/belarus.txt
            name TEXT NOT NULL,                 -- file name: belarus.txt
            source TEXT,                        -- per-source aggregates: amnesty
            date TEXT,                          -- YYYY-MM-DD (--date, --dates, or the text's own)
            encoding TEXT,                      -- charset converted from; NULL for UTF-8
            bytes INTEGER,
            characters INTEGER,                 -- code points
            paragraphs INTEGER NOT NULL DEFAULT 0,
            sentences INTEGER NOT NULL DEFAULT 0,
            tokens INTEGER NOT NULL DEFAULT 0,
            warnings TEXT NOT NULL DEFAULT '[]', -- JSON array of strings
            skip_code TEXT,                     -- FrenchTextError code when the file was not analysed
            skip_message TEXT,
            content_hash TEXT,                  -- FNV-1a 64 of the file's bytes (hex)
            settings TEXT NOT NULL DEFAULT '',  -- what else decided the analysis (date, source rule…)
            analysed_at TEXT NOT NULL,          -- ISO 8601, UTC
            tool_version TEXT NOT NULL
        )
        """,
        "CREATE INDEX documents_date ON documents(date)",
        "CREATE INDEX documents_source ON documents(source)",
        """
        CREATE TABLE participants (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE,          -- canonical name: Anna Wright
            type TEXT,                          -- person, organisation… (most frequent over its quotes)
            gender TEXT,                        -- female, male, unknown (most frequent)
            organisation TEXT,                  -- most frequent
            roles TEXT                          -- every role seen, sorted, joined by '; '
        )
        """,
        """
        CREATE TABLE quotes (
            id INTEGER PRIMARY KEY,
            document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,          -- order in the document, from 0
            kind TEXT NOT NULL,                 -- direct, indirect, fragment
            text TEXT NOT NULL,
            start_char INTEGER NOT NULL,
            end_char INTEGER NOT NULL,
            paragraph INTEGER NOT NULL,
            participant_id INTEGER REFERENCES participants(id) ON DELETE SET NULL,
            speaker_mention TEXT,               -- as written near the quote: a-t-elle, la ministre
            speaker_start_char INTEGER,
            speaker_end_char INTEGER,
            speaker_type TEXT,
            speaker_role TEXT,
            speaker_organisation TEXT,
            speaker_gender TEXT,
            cue TEXT,                           -- lemma of the speech verb: déclarer
            rule TEXT NOT NULL,
            confidence REAL NOT NULL
        )
        """,
        "CREATE INDEX quotes_document ON quotes(document_id, position)",
        "CREATE INDEX quotes_participant ON quotes(participant_id)",
        """
        CREATE TABLE entities (
            id INTEGER PRIMARY KEY,
            document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            type TEXT NOT NULL,                 -- PER, ORG, LOC, DATE…
            text TEXT NOT NULL,
            start_char INTEGER NOT NULL,
            end_char INTEGER NOT NULL,
            canonical TEXT NOT NULL,
            value TEXT,                         -- ISO value of dates: 2025-09-01
            rule TEXT NOT NULL
        )
        """,
        "CREATE INDEX entities_document ON entities(document_id, position)",
        "CREATE INDEX entities_type_canonical ON entities(type, canonical)",
        """
        CREATE TABLE inclusive (
            id INTEGER PRIMARY KEY,
            document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            form TEXT NOT NULL,                 -- détenu·e·s
            masc TEXT NOT NULL,                 -- détenus
            fem TEXT NOT NULL,                  -- détenues
            start_char INTEGER NOT NULL,
            end_char INTEGER NOT NULL
        )
        """,
        "CREATE INDEX inclusive_document ON inclusive(document_id, position)",
        // Full-text index over quote texts, kept in step with `quotes` by triggers.
        """
        CREATE VIRTUAL TABLE quotes_fts USING fts5(
            text, content='quotes', content_rowid='id', tokenize='unicode61 remove_diacritics 2'
        )
        """,
        """
        CREATE TRIGGER quotes_fts_insert AFTER INSERT ON quotes BEGIN
            INSERT INTO quotes_fts(rowid, text) VALUES (new.id, new.text);
        END
        """,
        """
        CREATE TRIGGER quotes_fts_delete AFTER DELETE ON quotes BEGIN
            INSERT INTO quotes_fts(quotes_fts, rowid, text) VALUES ('delete', old.id, old.text);
        END
        """,
        """
        CREATE TRIGGER quotes_fts_update AFTER UPDATE OF text ON quotes BEGIN
            INSERT INTO quotes_fts(quotes_fts, rowid, text) VALUES ('delete', old.id, old.text);
            INSERT INTO quotes_fts(rowid, text) VALUES (new.id, new.text);
        END
        """,
        // One row per speaker: what `select speaker, quotes from speakers` answers.
        """
        CREATE VIEW speakers AS
        SELECT p.id AS participant_id, p.name AS speaker, p.type, p.gender, p.organisation, p.roles,
               count(q.id) AS quotes, count(DISTINCT q.document_id) AS documents
        FROM participants p JOIN quotes q ON q.participant_id = p.id
        WHERE q.kind != 'fragment'
        GROUP BY p.id
        """,
    ]
}
