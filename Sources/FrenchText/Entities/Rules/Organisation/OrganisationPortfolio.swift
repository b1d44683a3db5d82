/// A ministry named by its portfolio in lower case: `le ministère de la pêche`, `au ministère de l’intérieur`,
/// `le ministère des affaires étrangères` (the portfolio's noun after `de` and its article, or after `du`/`des`,
/// with its adjectives). `le ministère de tutelle` (no article) names no ministry.
extension OrganisationRecognizer {
    static let portfolioHeads: FormSet = FormSet(forms: LexicalTables.lines(.entityOrgPortfolioHeads))

    func portfolioName(at i: Int) -> EntityCandidate? {
        guard Self.portfolioHeads.contains(words[i].key), let de = context.word(i + 1) else { return nil }
        var k = i + 2
        if EntityWordGroups.deWord.contains(de.key) {
            guard isWord(k, in: EntityWordGroups.definiteAfterDe) else { return nil }
            k += 1
        } else if !Self.deForms.contains(de.key) || EntityWordGroups.deOrElided.contains(de.key) {
            return nil  // `du`, `des` only: `d’État` is no portfolio
        }
        guard let noun = context.word(k), noun.wordClass == .word, !noun.isCapitalized, !noun.sentenceStart,
              context.lexicon?.analyses(of: noun.text).contains(where: \.isNoun) == true, !context.isVerbOnly(noun) else { return nil }
        var end = k + 1
        while end - k <= 2, let a = context.word(end), a.wordClass == .word, !a.isCapitalized, words[end - 1].spaceAfter,
              context.isAdjective(a), !context.isVerbOnly(a), !isDemonymAdjective(a) { end += 1 }
        return EntityCandidate(i..<end, .organisation, rule: .organisationPortfolio, priority: EntityPriority.pattern)
    }

    private func isWord(_ i: Int, in set: FormSet) -> Bool {
        context.word(i).map { set.contains($0.key) } ?? false
    }
}
