/// Publication dates of documents, as a newsroom's CMS export or a scraper gives them: one
/// `NAME<TAB>YYYY-MM-DD` a line (`#` comments allowed), NAME being a file name or a path.
///
/// ```text
/// # document	published
/// afp-caen-musiciens.txt	2019-04-06
/// geneve/rdc-turk.txt	2025-02-07
/// ```
///
/// `frtext report --dates dates.tsv` gives each document its own date; dates without a year
/// (`le 17 novembre`) and relative dates then resolve against it.
public struct DocumentDates: Sendable, Equatable {
    private var byKey: [String: String] = [:]

    public init() {}

    /// Parses the TSV text. Throws a message naming the first bad line.
    public init(tsv text: String, source: String) throws {
        var lineNumber = 0
        for raw in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
            lineNumber += 1
            let line = raw.trimmingCharacters(in: " \t")
            if line.isEmpty || line.hasPrefix("#") { continue }
            let fields = raw.split(separator: "\t", omittingEmptySubsequences: true).map { $0.trimmingCharacters(in: " ") }
            guard fields.count >= 2, Self.isISODate(fields[1]) else {
                throw FrenchTextError.unreadable(source: source, reason: "line \(lineNumber) is not NAME<TAB>YYYY-MM-DD")
            }
            byKey[fields[0]] = fields[1]
        }
    }

    /// Number of documents with a date.
    public var count: Int { byKey.count }

    /// The date of the document at `path` (matched on the whole path, then on the file name).
    public func date(forPath path: String) -> String? {
        if let d = byKey[path] { return d }
        let name = path.split(separator: "/").last.map(String.init) ?? path
        return byKey[name]
    }

    /// True for a calendar-shaped `YYYY-MM-DD`.
    public static func isISODate(_ s: String) -> Bool {
        let parts = s.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]) else { return false }
        return y > 0 && (1...12).contains(m) && (1...31).contains(d)
    }
}
