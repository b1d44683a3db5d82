/// Every error of the corpus database, with a stable code (`FT050`–`FT059`) and a message that names the file.
///
/// ```swift
/// do { _ = try CorpusStore(path: "notes.txt") }
/// catch let error as CorpusStoreError { error.code }   // "FT050"
/// ```
public enum CorpusStoreError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file exists but is not an SQLite database.
    case notADatabase(path: String)
    /// The database belongs to another program (tables that are not FrenchText's).
    case foreignDatabase(path: String)
    /// The database was written by a newer FrenchText (migrations this build does not know).
    case newerSchema(path: String, unknown: [String])
    /// The database could not be opened, read or written.
    case sqlite(path: String, reason: String)
    /// No database at the path given to `search` or `merge`.
    case missing(path: String)
    /// A search pattern SQLite's full-text engine refused.
    case badQuery(query: String, reason: String)

    /// Stable error code.
    public var code: String {
        switch self {
        case .notADatabase: "FT050"
        case .foreignDatabase: "FT051"
        case .newerSchema: "FT052"
        case .sqlite: "FT053"
        case .missing: "FT054"
        case .badQuery: "FT055"
        }
    }

    public var message: String {
        switch self {
        case let .notADatabase(path): "\(path): not an SQLite database"
        case let .foreignDatabase(path): "\(path): an SQLite database of another program, left untouched"
        case let .newerSchema(path, unknown): "\(path): written by a newer frtext (schema \(unknown.joined(separator: ", "))); upgrade frtext"
        case let .sqlite(path, reason): "\(path): \(reason)"
        case let .missing(path): "\(path): no such database (write one with: frtext report DIR -o \(path))"
        case let .badQuery(query, reason): "cannot search for '\(query)': \(reason)"
        }
    }

    public var description: String { "error \(code): \(message)" }
}
