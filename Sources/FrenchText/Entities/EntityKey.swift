/// Lookup keys: lower case, typographic apostrophes and hyphens unified.
enum EntityKey {
    /// The shared lookup key (``LookupKey``).
    static func make<S: StringProtocol>(_ s: S) -> String { LookupKey.make(s) }

    /// The key with its first letter unaccented: capitals often lose their accent (`Eglise` for `Église`).
    static func unaccentedInitial(_ key: String) -> String {
        guard let first = key.first, let plain = unaccented[first] else { return key }
        return String(plain) + key.dropFirst()
    }

    /// `set` plus the unaccented-initial form of each key.
    static func withUnaccentedInitials(_ set: Set<String>) -> Set<String> {
        set.union(set.map(unaccentedInitial))
    }

    private static let unaccented: [Character: Character] = [
        "é": "e", "è": "e", "ê": "e", "ë": "e", "à": "a", "â": "a", "î": "i", "ï": "i", "ô": "o", "û": "u", "ù": "u", "ç": "c",
    ]

    /// Elided forms that are split off a following word (`l’`, `d’`, `qu’`…), as keys.
    static let elisions: Set<String> = Set(LexicalTables.lines(.elisions).map { $0 + "'" })

    /// The UTF-8 length of the elided prefix of `text` (`l’Intérieur` → 4), or nil.
    static func elisionPrefixLength(_ text: String) -> Int? {
        // Only words with an apostrophe (' or ’) in their first eight bytes can start with an elision.
        var hasApostrophe = false
        for (n, b) in text.utf8.enumerated() {
            if n > 9 { break }
            if b == 0x27 || b == 0x99 { hasApostrophe = true; break }
        }
        guard hasApostrophe else { return nil }
        var prefix = ""
        var bytes = 0
        for scalar in text.unicodeScalars {
            bytes += String(scalar).utf8.count
            if scalar == "'" || scalar == "\u{2019}" {
                prefix.append("'")
                guard elisions.contains(prefix.lowercased()), bytes < text.utf8.count else { return nil }
                return bytes
            }
            guard scalar.properties.isAlphabetic, prefix.count < 7 else { return nil }
            prefix.unicodeScalars.append(scalar)
        }
        return nil
    }
}
