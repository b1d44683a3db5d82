/// A capitalised plural common noun before an unknown name: `Papiers Boréal-Nordique`, `Transports Dupuis`; also a
/// singular noun of a trade or works (`entity_org_trade_heads.txt`): `Brasserie Dumont`, `Imprimerie Kervran`.
extension OrganisationRecognizer {
    /// Singular nouns of a trade or works that open a company's name (`brasserie`, `imprimerie`), as lookup keys.
    static let tradeHeads: FormSet = FormSet(forms: LexicalTables.lines(.entityOrgTradeHeads))

    /// The `organisation-plural-trade-name` rule at word `i`.
    func pluralTradeNameRule(at i: Int) -> [EntityCandidate]? {
        let w = words[i]
        guard w.wordClass == .word, w.isCapitalized, let c = pluralTradeName(at: i) else { return nil }
        return [c]
    }

    /// A capitalised plural common noun before an unknown name is a trade name: `Papiers Boréal-Nordique`,
    /// `Transports Dupuis`, `Laboratoires Servier` (not a first name that is also a plural noun: `Gilles Renouard`).
    func pluralTradeName(at i: Int) -> EntityCandidate? {
        let w = words[i]
        let tradeHead = Self.tradeHeads.contains(w.key)
        guard let lexicon = context.lexicon, w.wordClass == .word, !w.isAllCaps, tradeHead || w.keyText.hasSuffix("s") || w.keyText.hasSuffix("x"), !context.isFirstName(w),
              tables.orgHeads[w.key] == nil, !tables.placeNouns.contains(w.key), !tables.roles.contains(w.key),
              let next = context.nextInSentence(i), next.wordClass == .word, next.isCapitalized, !next.isAllCaps, w.spaceAfter,
              context.isNameWord(i + 1), !context.isCommonLower(next), !context.isFirstName(next), context.gazetteer.longestMatch(at: i + 1, in: words) == nil else { return nil }
        let a = lexicon.analyses(of: w.text.lowercased())
        // Short plurals (`Ales`) are more often first names; adjectives (`Humains`) qualify what precedes.
        guard tradeHead || !a.isEmpty && a.allSatisfy({ $0.isNoun && $0.number == .plural && !$0.isVerb && !$0.isAdjective && $0.lemma.count >= 5 }) else { return nil }
        if let p = context.word(i - 1), p.wordClass == .word, p.isCapitalized, !w.sentenceStart, !Self.articles.contains(p.key) { return nil }
        guard let end = capitalisedNameEnd(from: i + 1) else { return nil }
        return EntityCandidate(i..<end, .organisation, rule: .organisationPluralTradeName, priority: EntityPriority.pattern)
    }
}
