/// An unknown word, a capitalised common word, an unknown word: `Issoufou Maman Sani`.
extension PersonRecognizer {
    /// The `person-three-part` rule at word `i` (Issoufou Maman Sani: an unknown word, a capitalised common word, an unknown word).
    func threePartRule(at i: Int) -> [EntityCandidate] {
        guard isNameCandidate(i) else { return [] }
        let w = words[i]
        if isUnknownName(i), w.spaceAfter, let next = context.nextInSentence(i), next.wordClass == .word, next.isCapitalized, context.isNameWord(i + 1),
           !isKnownNameStart(i + 1), next.spaceAfter, isUnknownToLexicon(i + 2), !isKnownNameStart(i + 2), context.word(i + 2)?.sentenceStart == false,
           !(tables.placeNouns.contains(next.key) || tables.orgHeads[next.key] != nil || tables.roles.contains(next.key)),
           !isKnownNameStart(i), !afterCommonNoun(i), let end = nameEnd(from: i + 2, strong: false) {
            return [EntityCandidate(i..<end, .person, rule: .personThreePart, priority: EntityPriority.person - 5)]
        }
        return []
    }
}
