/// How the entity rules class a ``Word``: abbreviations, hashtags and mentions read as words (`M.`, `J.`),
/// inverted pronouns, web addresses and symbols as `other`.
enum EntityWordClass: Sendable { case word, elision, number, ordinal, quote, punctuation, other }

/// What the entity rules read of a ``Word``: bits and ids of the word view, with the few strings they need.
extension Word {
    /// The lookup key as a string (`l'intérieur`), for the rules that still compare strings.
    var keyText: String { FormStore.shared.string(key) }

    var wordClass: EntityWordClass {
        switch kind {
        case .word, .abbreviation, .hashtag, .mention: .word
        case .elision: .elision
        case .number: .number
        case .ordinal: .ordinal
        case .quote: .quote
        case .punctuation: .punctuation
        default: .other
        }
    }

    var isWordLike: Bool { kind == .elision || wordClass == .word }
    /// True when the first character is an upper-case letter.
    var isCapitalized: Bool { flags.contains(.capitalised) }
    /// True for words of at least two letters written in capitals (`OMCT`, `CCBN`).
    var isAllCaps: Bool { flags.contains(.allCaps) }
    /// True when whitespace follows the word.
    var spaceAfter: Bool { flags.contains(.spaceAfter) }
    /// True for the first word of a sentence or paragraph, or after an opening mark, a colon or a dash
    /// (``WordFlags/nameClauseStart``, set by ``EntityWords``).
    var sentenceStart: Bool { flags.contains(.nameClauseStart) }
    var paragraphStart: Bool { flags.contains(.paragraphStart) }
    var utf8Start: Int { span.utf8Start }
    var utf8End: Int { span.utf8End }

    /// True for an initial such as `J.` or `J.-L.`.
    var isInitial: Bool {
        if flags.contains(.initial) { return true }
        guard wordClass == .word else { return false }
        let text = self.text
        guard text.hasSuffix(".") else { return false }
        return text.split(separator: "-").allSatisfy { part in
            part.count == 2 && part.first!.isUppercase && part.last == "."
        }
    }
    /// True for a number made of digits only.
    var isDigits: Bool {
        guard kind == .number else { return false }
        let text = self.text
        return !text.isEmpty && text.utf8.allSatisfy { $0 >= 48 && $0 <= 57 }
    }
    /// The integer value of a digits-only word.
    var intValue: Int? {
        guard isDigits else { return nil }
        let text = self.text
        return text.utf8.count <= 9 ? Int(text) : nil
    }
}
