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
    /// True for the first word of a paragraph.
    var paragraphStart = false

    var isWordLike: Bool { kind == .word || kind == .elision }
    /// True when the first character is an upper-case letter.
    var isCapitalized: Bool {
        guard let first = text.unicodeScalars.first else { return false }
        switch first.value {
        case 0x41...0x5A, 0xC0...0xD6, 0xD8...0xDE: return true
        case 0x00...0xBF, 0xDF...0xFF: return false
        default: return first.properties.isUppercase
        }
    }
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
