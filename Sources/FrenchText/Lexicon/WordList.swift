/// Lexical tables shipped as resource files (`Sources/FrenchText/Resources/`), embedded in
/// the binary: UTF-8, one entry a line, `#` comments, TSV where an entry has a type.
public enum WordList {
    /// The non-comment, non-blank lines of an embedded resource.
    static func lines(_ bytes: [UInt8]) -> [String] {
        String(decoding: bytes, as: UTF8.self)
            .split(whereSeparator: \.isNewline)
            .map { $0.trimmingCharacters(in: " \t") }
            .filter { !$0.isEmpty && !$0.hasPrefix("#") }
    }

    /// Each line split on tabs.
    static func rows(_ bytes: [UInt8]) -> [[String]] {
        lines(bytes).map { $0.split(separator: "\t", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: " ") } }
    }
}

extension StringProtocol {
    func trimmingCharacters(in set: String) -> String {
        var s = Substring(self)
        while let f = s.first, set.contains(f) { s.removeFirst() }
        while let l = s.last, set.contains(l) { s.removeLast() }
        return String(s)
    }
}
