/// A party or list in brackets right after a person's full name is that person's affiliation, one organisation,
/// also when it opens with a place: `Véronique Dallaire (Québec d’abord)`, `Marc Lenoir (Lyon en commun)`, `Anne
/// Roy (Équipe Laval solidaire)`. The brackets hold two to five words, open with a capital and hold a lower-case
/// word that is no link word (so `(Haute-Savoie)`, `(Val de Marne)` or a known name in brackets is none).
enum OrganisationBracketAffiliation {
    static func candidates(_ context: EntityContext) -> [EntityCandidate] {
        var out = [EntityCandidate]()
        let words = context.words
        for i in words.indices where words[i].form == OrganisationRecognizer.openingBracket && i >= 2 {
            guard i + 3 < words.count, isAfterFullName(i, context),
                  let close = (i + 3...min(i + 6, words.count - 1)).first(where: { words[$0].form == OrganisationRecognizer.closingBracket }),
                  isAffiliation(i + 1..<close, context) else { continue }
            out.append(EntityCandidate(i + 1..<close, .organisation, rule: .organisationBracketAffiliation, priority: EntityPriority.pattern))
        }
        return out
    }

    /// True when two capitalised words, the second no known place or organisation, end right before the bracket `i`.
    private static func isAfterFullName(_ i: Int, _ context: EntityContext) -> Bool {
        let words = context.words
        let last = words[i - 1], first = words[i - 2]
        guard last.wordClass == .word, first.wordClass == .word, last.isCapitalized, first.isCapitalized, !last.isAllCaps, !first.isAllCaps,
              first.spaceAfter, last.spaceAfter, context.knownName(at: i - 1) == nil else { return false }
        return context.isFirstName(first)
    }

    /// True for words that open with a capital, hold a lower-case word that is no link word, and spell no known name.
    private static func isAffiliation(_ range: Range<Int>, _ context: EntityContext) -> Bool {
        let words = context.words
        guard words[range.lowerBound].wordClass == .word, words[range.lowerBound].isCapitalized,
              range.allSatisfy({ words[$0].wordClass == .word || words[$0].wordClass == .elision || words[$0].wordClass == .number }),
              !(context.knownName(at: range.lowerBound).map { $0.length >= range.count } ?? false) else { return false }
        return range.contains { k in
            let w = words[k]
            return w.wordClass == .word && !w.isCapitalized && !OrganisationRecognizer.connectors.contains(w.key)
                && !OrganisationRecognizer.articles.contains(w.key) && !OrganisationRecognizer.deForms.contains(w.key)
        }
    }
}
