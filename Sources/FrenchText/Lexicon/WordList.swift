/// Reads embedded resource bytes as lines or TSV rows: the parsing of ``LexicalTables``, kept
/// under its old name for the callers that hold raw bytes.
public enum WordList {
    /// The non-comment, non-blank lines of an embedded resource.
    static func lines(_ bytes: [UInt8]) -> [String] { LexicalTables.lines(bytes) }

    /// Each line split on tabs.
    static func rows(_ bytes: [UInt8]) -> [[String]] { LexicalTables.rows(bytes) }
}

extension StringProtocol {
    func trimmingCharacters(in set: String) -> String {
        var s = Substring(self)
        while let f = s.first, set.contains(f) { s.removeFirst() }
        while let l = s.last, set.contains(l) { s.removeLast() }
        return String(s)
    }
}
