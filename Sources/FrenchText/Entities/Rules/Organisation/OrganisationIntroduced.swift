/// The capitalised name after a group noun: `l’entreprise Meuse-Ourthe Bâtiment SRL`, `le groupe pharmaceutique
/// Sanofi`, `la coopérative Agropur` (the noun is not part of the name).
extension OrganisationRecognizer {
    /// The `organisation-introduced` rule at word `i`.
    func introducedRule(at i: Int) -> [EntityCandidate]? {
        let w = words[i]
        guard w.wordClass == .word, tables.orgIntroNouns.contains(w.key) && (!w.isCapitalized || w.isAllCaps) else { return nil }
        // la société civile Oumar Sylla: a common compound (`société civile`) introduces no organisation's name.
        guard !opensCommonCompound(at: i), let c = introducedName(after: i) else { return nil }
        return [c]
    }

    /// The capitalised name after a group noun: `l’entreprise Meuse-Ourthe Bâtiment SRL`, `le groupe pharmaceutique
    /// Sanofi`, `la coopérative Agropur`, `les éditions Gallimard`. The noun is not part of the name.
    func introducedName(after i: Int) -> EntityCandidate? {
        var k = i + 1
        // le groupe pharmaceutique Sanofi, le géant américain X: up to two adjectives.
        var adjectives = 0
        while adjectives < 2, let a = context.nextInSentence(k - 1), a.wordClass == .word, !a.isCapitalized,
              context.isAdjective(a), !context.isVerbOnly(a) {
            k += 1; adjectives += 1
        }
        guard let first = context.nextInSentence(k - 1), first.wordClass == .word, first.isCapitalized, context.isNameWord(k),
              !first.isInitial else { return nil }
        // le groupe F, la poule B: one letter after the noun is a label of a draw or a list, no organisation.
        if first.text.count == 1, isLoneLetter(at: k) { return nil }
        // la société civile Oumar Sylla: a person's first name and surname after the noun name a member, not the group.
        if startsPerson(at: k) { return nil }
        guard var end = capitalisedNameEnd(from: k, introduced: true) else { return nil }
        // l’usine Lubrizol de Rouen: a known organisation and `de` + a place is the company in a town.
        if let m = context.gazetteer.longestMatch(at: k, in: words), m.entry.type == .organisation, k + m.length < end,
           Self.deForms.contains(words[k + m.length].key) { end = k + m.length }
        // l’usine Kerval de Rennes, de Dives-sur-Mer: an unknown name and `de` + a known town or a town's compound
        // that ends it is the company's site there.
        if let d = (k + 1..<end).first(where: { Self.deForms.contains(words[$0].key) }), d + 1 < end,
           context.gazetteer.longestMatch(at: d + 1, in: words, where: { $0.kind == .city }).map({ d + 1 + $0.length == end }) == true
            || d + 2 == end && PlaceRecognizer(context: context).compoundName(at: d + 1) != nil { end = d }
        // A known place alone is not a company name: `la société Québec` is rare, `le groupe de Québec` common.
        if let m = context.gazetteer.longestMatch(at: k, in: words), m.entry.type == .location, m.length == end - k { return nil }
        return EntityCandidate(k..<end, .organisation, rule: .organisationIntroduced, priority: EntityPriority.pattern)
    }

    /// True when the one-letter word at `k` stands alone (no capitalised word joined after it): `le groupe F avec`.
    private func isLoneLetter(at k: Int) -> Bool {
        guard let next = context.nextInSentence(k) else { return true }
        return !(next.wordClass == .word && next.isCapitalized) || !words[k].spaceAfter
    }
}
