/// What the recognizers share while tagging one document: its words, the tables, the
/// gazetteer and the lexicon, with the lexicon questions they ask.
struct EntityContext {
    let words: [EntityWord]
    let tables: EntityTables
    let gazetteer: EntityGazetteer
    let lexicon: Lexicon?

    /// Function words after which a capitalised word is not a sentence start (`à Caen`, `la Chine`).
    static let functionWords: Set<String> = [
        "le", "la", "les", "l'", "de", "du", "des", "d'", "à", "au", "aux", "en", "dans", "vers", "pour", "par",
        "sur", "sous", "avec", "contre", "entre", "et", "ou", "depuis", "chez", "selon", "un", "une", "ce", "cette",
    ]

    func word(_ i: Int) -> EntityWord? { i >= 0 && i < words.count ? words[i] : nil }

    /// True when the word, in lower case, is a common word of the dictionary (`Complément`, `Espace`).
    func isCommonLower(_ w: EntityWord) -> Bool {
        guard let lexicon else { return false }
        let lower = w.text.lowercased()
        return lexicon.analyses(of: lower).contains { !$0.isProperName }
            || (lower.contains("’") && lexicon.analyses(of: lower.replacingOccurrences(of: "’", with: "'")).contains { !$0.isProperName })
    }

    /// True when the lexicon knows the word at all, as written or in lower case.
    func isKnown(_ w: EntityWord) -> Bool {
        guard let lexicon else { return false }
        return !lexicon.analyses(of: w.text).isEmpty || !lexicon.analyses(of: w.text.lowercased()).isEmpty
    }

    func isFirstName(_ w: EntityWord) -> Bool {
        guard let lexicon, w.isCapitalized else { return false }
        if lexicon.analyses(of: w.text).contains(where: \.isFirstName) { return true }
        // Hyphenated first names: Jean-Luc, Marie-Hélène.
        if w.text.contains("-") {
            let parts = w.text.split(separator: "-")
            return parts.count == 2 && parts.allSatisfy { p in lexicon.analyses(of: String(p)).contains(where: \.isFirstName) }
        }
        return false
    }

    func isSurname(_ w: EntityWord) -> Bool {
        guard let lexicon, w.isCapitalized else { return false }
        return lexicon.analyses(of: w.text).contains(where: \.isSurname)
    }

    /// True when the word is a lower-case verb form and not also a noun or adjective (`a`, `est`, `déclaré`).
    func isVerbOnly(_ w: EntityWord) -> Bool {
        guard let lexicon else { return false }
        let a = lexicon.analyses(of: w.text)
        return !a.isEmpty && a.contains(where: \.isVerb) && !a.contains(where: { $0.isNoun || $0.isAdjective })
    }

    func isNounOrAdjective(_ w: EntityWord) -> Bool {
        guard let lexicon else { return true }
        return lexicon.analyses(of: w.text).contains { $0.isNoun || $0.isAdjective }
    }

    func isAdjective(_ w: EntityWord) -> Bool {
        guard let lexicon else { return false }
        return lexicon.analyses(of: w.text).contains { $0.isAdjective || $0.isPastParticiple }
    }

    /// A capitalised word that can be part of a name: not a sentence-initial common word, not a month or weekday.
    func isNameWord(_ i: Int) -> Bool {
        guard let w = word(i), w.kind == .word, w.isCapitalized else { return false }
        if tables.months[w.key] != nil || tables.weekdays.contains(w.key) { return false }
        if tables.titles.contains(w.text) { return false }
        return true
    }

    /// True when a gazetteer place or organisation starts at `i`.
    func knownName(at i: Int) -> (entry: GazetteerEntry, length: Int)? {
        gazetteer.longestMatch(at: i, in: words)
    }
}
