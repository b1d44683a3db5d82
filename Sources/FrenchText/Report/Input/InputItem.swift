/// One input of a batch: a file found on the command line or under a folder, or standard input.
///
/// ```swift
/// // frtext report presse/ → presse/amnesty/2025-09-belarus.txt
/// item.path       // "presse/amnesty/2025-09-belarus.txt"
/// item.document   // "2025-09-belarus.txt"
/// item.source     // "amnesty"
/// ```
package struct InputItem: Hashable, Sendable, Codable {
    /// The path as found (`-` for standard input).
    package let path: String
    /// The document's name in reports: the file name (`-` gives `stdin`).
    package let document: String
    /// Where the document comes from, for per-source aggregates (see ``SourceRule``).
    package let source: String
    /// Why the input cannot be read, found while collecting it (a folder that cannot be listed,
    /// a dangling or looping symbolic link, a FIFO or device inside a folder): reading it
    /// throws this error, so the batch reports it in its turn.
    package var problem: FrenchTextError?

    package init(path: String, document: String, source: String, problem: FrenchTextError? = nil) {
        self.path = path
        self.document = document
        self.source = source
        self.problem = problem
    }

    enum CodingKeys: String, CodingKey { case path, document, source }

    /// True for standard input.
    package var isStandardInput: Bool { path == "-" }
}

/// How a document's source is named in per-source aggregates.
package enum SourceRule: String, Sendable, CaseIterable, Codable {
    /// The folder holding the file (`presse/amnesty/x.txt` → `amnesty`); standard input is `stdin`.
    case folder
    /// The file name (without extension) up to its first `_`, `-` or `.`, digits-only parts skipped
    /// (`amnesty-2025-belarus.txt` → `amnesty`, `001-hrw-rwanda.txt` → `hrw`).
    case prefix

    /// The source of `path` under this rule.
    package func source(ofPath path: String) -> String {
        if path == "-" { return "stdin" }
        let parts = path.splitScalars(separator: "/", omittingEmptySubsequences: true)
        switch self {
        case .folder:
            guard parts.count >= 2 else { return "." }
            return String(parts[parts.count - 2])
        case .prefix:
            var name = parts.last.map(String.init) ?? path
            if let dot = name.lastIndex(of: "."), dot != name.startIndex { name = String(name[..<dot]) }
            let pieces = name.splitScalars(whereSeparator: { $0 == "_" || $0 == "-" || $0 == "." })
            return pieces.first(where: { !$0.allSatisfy(\.isNumber) }).map(String.init) ?? String(pieces.first ?? Substring(name))
        }
    }
}
