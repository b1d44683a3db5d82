/// A word of the entity tagger's view of a document: the tokenizer's tokens with elided
/// articles split off (`l’Intérieur` → `l’` + `Intérieur`), hyphenated names joined
/// (`Nord` `-` `Kivu` → `Nord-Kivu`), initials and titles kept whole (`J.-L.`, `M.`),
/// numeric dates and grouped thousands joined (`18/10/2022`, `1 000`).
///
/// The tagger works on these so that it does not depend on how finely the tokenizer splits.
struct EntityWord: Sendable {
    enum Kind: Sendable { case word, elision, number, ordinal, quote, punctuation, other }

    /// The characters as written.
    var text: String
    /// Lookup key: lower case, apostrophes as `'`, hyphens as `-`.
    var key: String
    var utf8Start: Int
    var utf8End: Int
    var kind: Kind
    /// True when whitespace follows the word.
    var spaceAfter: Bool
    /// True for the first word of a sentence, or after a colon, a dash or an opening quotation mark.
    var sentenceStart = false

    var isWordLike: Bool { kind == .word || kind == .elision }
    /// True when the first character is an upper-case letter.
    var isCapitalized: Bool { text.unicodeScalars.first.map { $0.properties.isUppercase } ?? false }
    /// True for words of at least two letters written in capitals (`OMCT`, `CCBN`).
    var isAllCaps: Bool {
        var letters = 0
        for s in text.unicodeScalars {
            if s.properties.isLowercase { return false }
            if s.properties.isAlphabetic { letters += 1 }
        }
        return letters >= 2
    }
    /// True for an initial such as `J.` or `J.-L.`.
    var isInitial: Bool {
        guard text.hasSuffix("."), kind == .word else { return false }
        return text.split(separator: "-").allSatisfy { part in
            part.count == 2 && part.first!.isUppercase && part.last == "."
        }
    }
    /// True for a number made of digits only.
    var isDigits: Bool { kind == .number && !text.isEmpty && text.utf8.allSatisfy { $0 >= 48 && $0 <= 57 } }
    /// The integer value of a digits-only word.
    var intValue: Int? { isDigits && text.utf8.count <= 9 ? Int(text) : nil }
}

/// Lookup keys: lower case, typographic apostrophes and hyphens unified.
enum EntityKey {
    static func make<S: StringProtocol>(_ s: S) -> String {
        var out = ""
        out.unicodeScalars.reserveCapacity(s.utf8.count)
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\u{2019}", "\u{2018}", "\u{02BC}", "\u{00B4}", "`": out.unicodeScalars.append("'")
            case "\u{2010}", "\u{2011}": out.unicodeScalars.append("-")
            default:
                if scalar.properties.isUppercase { out += String(scalar).lowercased() } else { out.unicodeScalars.append(scalar) }
            }
        }
        return out
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
