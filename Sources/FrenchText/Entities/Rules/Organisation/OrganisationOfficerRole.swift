/// An unknown name after the role of an organisation's officer and `de` is that organisation: `président national du
/// Synactuircam`, `la porte-parole de Norvia`, `le secrétaire général du Sneps`. Roles of places (`maire`, `préfet`)
/// are not in the list, and a known place, a first name, a surname or a capitalised common word is no such name.
enum OrganisationOfficerRole {
    /// Roles held in an organisation (`président`, `porte-parole`, `fondatrice`), as lookup keys.
    static let roles: FormSet = FormSet(forms: LexicalTables.lines(.entityOrgOfficerRoles))

    static func candidates(_ context: EntityContext) -> [EntityCandidate] {
        var out = [EntityCandidate]()
        let words = context.words
        // (a role in capitals too: `le PDG de Norvia`, `le P-DG de Norvia`)
        for i in words.indices where words[i].wordClass == .word && (!words[i].isCapitalized || words[i].isAllCaps) && roles.contains(words[i].key) {
            // en direction de Gomel: after a preposition (not `au président de`) the noun is part of it, not a role.
            if let p = context.word(i - 1), PlaceRecognizer.placePrepositions.contains(p.key), !PersonRecognizer.pairArticles.contains(p.key) { continue }
            guard let start = nameStart(after: i, context), let end = nameEnd(from: start, context) else { continue }
            out.append(EntityCandidate(start..<end, .organisation, rule: .organisationOfficerRole, priority: EntityPriority.context))
        }
        return out
    }

    /// The first word of the name after the role at `i`: up to two adjectives (`national`, `général`), `de`/`du`/`d’`
    /// and an article (`de la`), or nil.
    static func nameStart(after i: Int, _ context: EntityContext) -> Int? {
        var k = i + 1
        var adjectives = 0
        while adjectives < 2, let a = context.nextInSentence(k - 1), a.wordClass == .word, !a.isCapitalized, context.isAdjective(a),
              !OrganisationRecognizer.deForms.contains(a.key) {
            k += 1; adjectives += 1
        }
        guard let de = context.nextInSentence(k - 1), OrganisationRecognizer.deForms.contains(de.key) else { return nil }
        k += 1
        if let a = context.nextInSentence(k - 1), OrganisationRecognizer.articles.contains(a.key) { k += 1 }
        return context.nextInSentence(k - 1) == nil ? nil : k
    }

    /// True when the word is a common word whose capital lost its accent: `secrétaire d’Etat` (état).
    static func lostAccentOfCommonWord(_ w: Word, _ context: EntityContext) -> Bool {
        guard let lexicon = context.lexicon else { return false }
        return EntityTables.accentedInitialVariants(w.keyText).contains { !lexicon.analyses(of: $0).isEmpty }
    }

    /// The end of one to three capitalised words the dictionary does not know (`Synactuircam`, `Norvia Santé`), or of
    /// a capitalised common noun and `de` before such a name (`les salariés des Forges de Kervalec`), or nil.
    static func nameEnd(from k: Int, _ context: EntityContext) -> Int? {
        if let end = commonNounNameEnd(from: k, context) { return end }
        return unknownNameEnd(from: k, context)
    }

    /// `Forges de Kervalec`, `Chantiers du Trégor`: a capitalised common noun, `de` (and an article), and an
    /// unknown name; the end of that name, or nil. Without an article, two capitalised common nouns joined by `de`
    /// are a trade name too (`le président de Pain d’Épi`, `la directrice du Fruit d’Or`): inside a sentence
    /// both capitals mark a name.
    static func commonNounNameEnd(from k: Int, _ context: EntityContext) -> Int? {
        guard let w = context.word(k), w.wordClass == .word, w.isCapitalized, !w.isAllCaps, !w.sentenceStart, w.spaceAfter || context.word(k + 1)?.wordClass == .elision,
              context.isCommonLower(w), !context.isFirstName(w), context.knownName(at: k) == nil,
              let de = context.nextInSentence(k), OrganisationRecognizer.deForms.contains(de.key) else { return nil }
        var n = k + 2
        if let a = context.nextInSentence(n - 1), OrganisationRecognizer.articles.contains(a.key) { n += 1 }
        guard let name = context.nextInSentence(n - 1) else { return nil }
        if let end = unknownNameEnd(from: n, context) { return end }
        // Fruit d’Or: a capitalised common noun right after `de`, one word, no place or person, before no other capital.
        guard n == k + 2, name.wordClass == .word, name.isCapitalized, !name.isAllCaps, context.isCommonLower(name), context.isNameWord(n),
              !context.isFirstName(name), context.knownName(at: n) == nil else { return nil }
        if let next = context.nextInSentence(n), next.wordClass == .word, next.isCapitalized { return nil }
        return n + 1
    }

    /// The end of one to three capitalised words the dictionary does not know, or nil.
    static func unknownNameEnd(from k: Int, _ context: EntityContext) -> Int? {
        guard let w = context.word(k), w.wordClass == .word, !w.isAllCaps, context.isNameWord(k), !context.isCommonLower(w),
              !context.isFirstName(w), !context.isSurname(w), !context.isProperNoun(w), context.knownName(at: k) == nil,
              !lostAccentOfCommonWord(w, context) else { return nil }
        var end = k + 1
        while end - k < 3, context.words[end - 1].spaceAfter, let n = context.nextInSentence(end - 1), n.wordClass == .word, n.isCapitalized,
              !n.isAllCaps, context.isNameWord(end), context.knownName(at: end) == nil, !context.isFirstName(n) {
            end += 1
        }
        return end
    }
}
