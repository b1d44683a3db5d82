/// Lookup keys: lower case, typographic apostrophes and hyphens unified.
enum EntityKey {
    static func make<S: StringProtocol>(_ s: S) -> String {
        // Fast path: plain ASCII without capitals or apostrophes is its own key.
        if s.utf8.allSatisfy({ $0 < 0x80 && !($0 >= 0x41 && $0 <= 0x5A) && $0 != 0x60 }) { return String(s) }
        var out = String.UnicodeScalarView()
        for scalar in s.unicodeScalars {
            let v = scalar.value
            switch v {
            case 0x41...0x5A, 0xC0...0xD6, 0xD8...0xDE: out.append(Unicode.Scalar(v + 0x20)!)
            case 0x00...0x7F, 0xDF...0xFF:
                out.append(v == 0x60 ? "'" : scalar)
            case 0x2019, 0x2018, 0x02BC, 0x00B4: out.append("'")
            case 0x2010, 0x2011: out.append("-")
            default:
                if scalar.properties.changesWhenLowercased { out.append(contentsOf: String(scalar).lowercased().unicodeScalars) } else { out.append(scalar) }
            }
        }
        return String(out)
    }

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
    static let elisions: Set<String> = ["l'", "d'", "j'", "m'", "n'", "s'", "t'", "c'", "qu'", "jusqu'", "lorsqu'", "puisqu'", "quoiqu'", "presqu'"]

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
