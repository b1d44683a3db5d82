/// An unknown capitalised word after `à`, `en`, `dans`, `vers`, `près de`: `à Gomel`, `en Ituri`.
extension PlaceRecognizer {
    /// The `place-after-preposition` rule at word `i`.
    func afterPrepositionRule(at i: Int) -> [EntityCandidate]? {
        guard words[i].wordClass == .word, let c = afterPreposition(at: i) else { return nil }
        return [c]
    }

    func afterPreposition(at i: Int) -> EntityCandidate? {
        var w = words[i]
        guard w.isCapitalized, !w.sentenceStart, !w.isAllCaps, var prev = context.word(i - 1) else { return nil }
        // à La Baie, près de La Chaux-de-Fonds: a capitalised article belongs to the name.
        var start = i
        var i = i
        if Self.placeArticles.contains(w.key), w.isCapitalized, let n = context.nextInSentence(i), n.wordClass == .word, n.isCapitalized,
           context.isNameWord(i + 1) {
            start = i; i += 1; w = n
        } else {
            prev = words[i - 1]
        }
        if start < i { prev = words[start - 1] }
        // le maire de Gomel, au nord de Goma, la ville d'Idleb, près de Seraing
        // les communes de Martigny, …: plurals too.
        // la direction de Vencorex, les salariés de Norvia: an organisation's officers or staff, not a place.
        if isAfterOfficerNoun(start) { return nil }
        // le préfet du Mfoundi, les populations du Moronou: `du` before a masculine name as well.
        let afterPlaceNoun = (EntityWordGroups.deOrElided.contains(prev.key) || EntityWordGroups.deOrDu.contains(prev.key))
            && (context.word(start - 2).map(isPlaceContextNoun) == true
            // la commune fusionnée de Vully-les-Lacs, le village voisin de Mur: an adjective between the noun and `de`.
            || context.word(start - 3).map(isPlaceContextNoun) == true
               && context.word(start - 2).map { $0.wordClass == .word && !$0.isCapitalized && context.isAdjective($0) } == true)
        // un retraité de La Forclaz, les familles de La Sagne: `de` + a capitalised article + an unknown name.
        let deArticleName = start < i && EntityWordGroups.deOrElided.contains(prev.key) && !context.isKnown(w)
            && context.word(start - 2).map { !($0.wordClass == .word && $0.isCapitalized) } == true
            && context.gazetteer.longestMatch(at: start, in: words) == nil
        // l’hôtel Les Mélèzes, au lieu-dit Le Bochet
        let afterSiteNoun = start < i && Self.namedSiteNouns.contains(prev.key)
        // le quartier de Recouvrance: after a district's or hamlet's noun even a word the dictionary knows is the name.
        let afterSiteNounDe = afterPlaceNoun && context.word(start - 2).map { Self.namedSiteNouns.contains($0.key)
            // le maire de Drap: a capital after the noun of an office held in a town names the town.
            || context.tables.placeContextNouns.contains($0.key) && !w.sentenceStart && !w.isAllCaps } == true
            // le conseiller d’État, le député d’État: the state is the office's, no town.
            && !OrganisationRecognizer.stateNouns.contains(w.key)
        guard Self.placePrepositions.contains(prev.key) || afterPlaceNoun || deArticleName || afterSiteNoun, context.isNameWord(i),
              !context.isCommonLower(w) || start < i || afterSiteNounDe,
              !context.isFirstName(w), !context.isSurname(w) || context.isProperNoun(w) else { return nil }
        if let next = context.nextInSentence(i), next.wordClass == .word, next.isCapitalized, w.spaceAfter { return nil }
        return EntityCandidate(start..<(i + 1), .location, rule: .placeAfterPreposition, priority: EntityPriority.context)
    }

    /// True for a noun after which `de X` names a place (`commune`, `maire`, plurals too), or a word such as `près`.
    private func isPlaceContextNoun(_ w: Word) -> Bool {
        context.tables.placeContextNouns.contains(w.key) || Self.beforeDePlace.contains(w.key)
            || w.keyText.hasSuffix("s") && context.tables.placeContextNouns.contains(string: String(w.keyText.dropLast()))
    }

    /// True when `de` before `start` follows an organisation officer's or staff noun after an article (`la direction
    /// de`, `les salariés de`), not after a preposition (`en direction de Gomel`).
    func isAfterOfficerNoun(_ start: Int) -> Bool {
        guard let de = context.word(start - 1), OrganisationRecognizer.deForms.contains(de.key), let noun = context.word(start - 2),
              noun.wordClass == .word, OrganisationOfficerRole.roles.contains(noun.key), let a = context.word(start - 3) else { return false }
        return OrganisationRecognizer.articles.contains(a.key) || PersonRecognizer.pairArticles.contains(a.key)
    }
}
