/// An unknown word, a capitalised common word, an unknown word: `Issoufou Maman Sani`.
extension PersonRecognizer {
    /// The `person-three-part` rule at word `i` (Issoufou Maman Sani: an unknown word, a capitalised common word, an unknown word).
    func threePartRule(at i: Int) -> [EntityCandidate]? {
        guard isNameCandidate(i) else { return nil }
        let w = words[i]
        if isUnknownName(i), w.spaceAfter, let next = context.nextInSentence(i), next.wordClass == .word, next.isCapitalized, context.isNameWord(i + 1),
           !isKnownNameStart(i + 1), next.spaceAfter, isUnknownToLexicon(i + 2), !isKnownNameStart(i + 2), context.word(i + 2)?.sentenceStart == false,
           !(tables.placeNouns.contains(next.key) || tables.orgHeads[next.key] != nil || tables.roles.contains(next.key)),
           !isKnownNameStart(i), !afterCommonNoun(i), !isComplementBeforeFirstName(i), let end = nameEnd(from: i + 2, strong: false),
           !isWholeQuotation(i..<end) {
            return [EntityCandidate(i..<end, .person, rule: .personThreePart, priority: EntityPriority.person - 5)]
        }
        return nil
    }

    /// True when quotation marks enclose exactly `range`: `« Climate Action Now »` is a slogan or a title, not a name.
    func isWholeQuotation(_ range: Range<Int>) -> Bool {
        guard let open = context.word(range.lowerBound - 1), open.wordClass == .quote,
              let close = context.word(range.upperBound), close.wordClass == .quote else { return false }
        return true
    }

    /// `la conseillère du Vieux-Rosemont Christine Gosselin`, `le conseiller d’Etat Pierre Maudet`: after `de`, a word
    /// that is no first name before a known first name completes the role; the person's name starts at the first name.
    func isComplementBeforeFirstName(_ i: Int) -> Bool {
        guard let de = context.word(i - 1), OrganisationRecognizer.deForms.contains(de.key), !context.isFirstName(words[i]),
              let next = context.word(i + 1) else { return false }
        return context.isFirstName(next)
    }
}
