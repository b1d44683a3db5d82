import Foundation
import GRDB

/// A full-text search over the quotes of a corpus database.
///
/// ```swift
/// SearchQuery(text: "pouvoir d’achat")                       // the phrase, accents and case folded
/// SearchQuery(text: "deficit", speaker: "labeaume", since: "2012-01-01")
/// ```
public struct SearchQuery: Sendable, Equatable {
    /// How ``text`` is matched.
    public enum Mode: String, Sendable, CaseIterable {
        /// The words in this order, next to each other (`pouvoir d’achat`).
        case phrase
        /// Every word, anywhere in the quote.
        case all
        /// At least one of the words.
        case any
        /// SQLite FTS5 query syntax as is (`retraite* NOT réforme`).
        case fts
    }

    public var text: String
    public var mode: Mode
    /// Part of the speaker's name or of the mention near the quote, accents and case folded.
    public var speaker: String?
    /// Only documents dated on or after this day, month or year (YYYY-MM-DD, YYYY-MM, YYYY).
    public var since: String?
    /// Only documents dated on or before this day, month or year (YYYY-MM-DD, YYYY-MM, YYYY).
    public var until: String?
    /// At most this many hits; nil for all.
    public var limit: Int?

    public init(text: String, mode: Mode = .phrase, speaker: String? = nil, since: String? = nil, until: String? = nil, limit: Int? = nil) {
        self.text = text
        self.mode = mode
        self.speaker = speaker
        self.since = since
        self.until = until
        self.limit = limit
    }

    /// The FTS5 pattern for ``text``: each word in double quotes, so that no character of the
    /// user's text is read as FTS5 syntax (except in ``Mode/fts``). Nil when there is no word.
    var pattern: String? {
        if mode == .fts { return text.trimmingCharacters(in: .whitespaces).isEmpty ? nil : text }
        func quoted(_ s: some StringProtocol) -> String { "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }
        let words = text.split(whereSeparator: { $0.isWhitespace || $0 == "\"" })
        guard !words.isEmpty else { return nil }
        switch mode {
        case .phrase: return quoted(words.joined(separator: " "))
        case .all: return words.map(quoted).joined(separator: " AND ")
        case .any: return words.map(quoted).joined(separator: " OR ")
        case .fts: return text
        }
    }
}

/// One quote found by ``CorpusStore/search(_:)``, with its speaker, date and document.
public struct SearchHit: Sendable, Equatable, Codable {
    public var path: String
    public var document: String
    public var source: String?
    public var date: String?
    public var kind: String
    public var text: String
    /// Code-point offsets of the quote in its document.
    public var start: Int
    public var end: Int
    public var paragraph: Int
    public var speaker: String?
    public var speakerMention: String?
    public var speakerGender: String?
    public var speakerOrganisation: String?
    public var cue: String?

    enum CodingKeys: String, CodingKey {
        case path, document, source, date, kind, text, start, end, paragraph, speaker, cue
        case speakerMention = "speaker_mention", speakerGender = "speaker_gender", speakerOrganisation = "speaker_organisation"
    }
}

extension CorpusStore {
    /// The quotes matching `query`, newest documents first, then in document order.
    public func search(_ query: SearchQuery) throws -> [SearchHit] {
        guard let pattern = query.pattern else { return [] }
        var sql = """
            SELECT d.path, d.name, d.source, d.date, q.kind, q.text, q.start_char, q.end_char, q.paragraph,
                   p.name AS speaker, q.speaker_mention, q.speaker_gender, q.speaker_organisation, q.cue
            FROM quotes_fts f
            JOIN quotes q ON q.id = f.rowid
            JOIN documents d ON d.id = q.document_id
            LEFT JOIN participants p ON p.id = q.participant_id
            WHERE quotes_fts MATCH ?
            """
        var arguments: StatementArguments = [pattern]
        if let speaker = query.speaker, !speaker.isEmpty {
            sql += " AND instr(ft_fold(coalesce(p.name, '') || ' | ' || coalesce(q.speaker_mention, '')), ?) > 0"
            _ = arguments.append(contentsOf: [Self.fold(speaker)])
        }
        if let since = query.since {
            sql += " AND d.date >= ?"
            _ = arguments.append(contentsOf: [since])
        }
        if let until = query.until {
            sql += " AND substr(d.date, 1, length(?)) <= ?"
            _ = arguments.append(contentsOf: [until])
            _ = arguments.append(contentsOf: [until])
        }
        sql += " ORDER BY d.date IS NULL, d.date DESC, d.path, q.position"
        if let limit = query.limit { sql += " LIMIT \(max(0, limit))" }
        do {
            return try queue.read { db in
                try Row.fetchAll(db, sql: sql, arguments: arguments).map { row in
                    SearchHit(
                        path: row["path"], document: row["name"], source: row["source"], date: row["date"], kind: row["kind"],
                        text: row["text"], start: row["start_char"], end: row["end_char"], paragraph: row["paragraph"],
                        speaker: row["speaker"], speakerMention: row["speaker_mention"], speakerGender: row["speaker_gender"],
                        speakerOrganisation: row["speaker_organisation"], cue: row["cue"])
                }
            }
        } catch let error as DatabaseError where query.mode == .fts {
            throw CorpusStoreError.badQuery(query: query.text, reason: error.message ?? "\(error.resultCode)")
        } catch let error as CorpusStoreError {
            throw error
        } catch {
            throw CorpusStoreError.sqlite(path: path, reason: Self.reason(error))
        }
    }
}
