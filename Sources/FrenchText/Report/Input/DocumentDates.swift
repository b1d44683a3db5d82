/// Publication dates of documents, as a newsroom's CMS export or a scraper gives them: one
/// `NAME<TAB>DATE` a line (`#` comments allowed), NAME being a file name or a path and DATE a
/// ``DocumentDate`` (`YYYY-MM-DD`, or `YYYY-MM` / `YYYY` when the CMS knows only the month or the year).
///
/// ```text
/// # document	published
/// afp-caen-musiciens.txt	2019-04-06
/// geneve/rdc-turk.txt	2025-02-07
/// rtbf-montanier.txt	2020-12
/// ```
///
/// `frtext report --dates dates.tsv` gives each document its own date; dates without a year
/// (`le 17 novembre`) and relative dates then resolve against it.
public struct DocumentDates: Sendable, Equatable {
    private var byKey: [String: DocumentDate] = [:]

    public init() {}

    /// Parses the TSV text. Throws ``FrenchTextError`` naming the first bad line (an impossible date such as
    /// `2024-02-30` included).
    public init(tsv text: String, source: String) throws {
        var lineNumber = 0
        for raw in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
            lineNumber += 1
            let line = raw.trimmingCharacters(in: " \t")
            if line.isEmpty || line.hasPrefix("#") { continue }
            let fields = raw.split(separator: "\t", omittingEmptySubsequences: true).map { $0.trimmingCharacters(in: " ") }
            guard fields.count >= 2 else {
                throw FrenchTextError.unreadable(source: source, reason: "line \(lineNumber) is not NAME<TAB>YYYY-MM-DD")
            }
            do {
                byKey[fields[0]] = try DocumentDate(iso: fields[1])
            } catch let FrenchTextError.invalidDate(text, reason) {
                throw FrenchTextError.invalidDate(text: text, reason: "\(source) line \(lineNumber): \(reason)")
            }
        }
    }

    /// Number of documents with a date.
    public var count: Int { byKey.count }

    /// The date of the document at `path` (matched on the whole path, then on the file name).
    public func date(forPath path: String) -> DocumentDate? {
        if let d = byKey[path] { return d }
        let name = path.splitScalars(separator: "/").last.map(String.init) ?? path
        return byKey[name]
    }
}
