/// Two capitalised words the dictionary does not know: `Mikalai Statkevich`, `Kossi Agbéko`.
extension PersonRecognizer {
    /// The `person-unknown-pair` rule at word `i` (Two unknown capitalised words: Mikalai Statkevich).
    func unknownPairRule(at i: Int) -> [EntityCandidate] {
        guard isNameCandidate(i) else { return [] }
        let w = words[i]
        if isUnknownName(i) || relaxedPairStart(i), w.spaceAfter,
           let next = context.nextInSentence(i), next.wordClass == .word, isUnknownName(i + 1), !context.isFirstName(next),
           !(w.isAllCaps && next.isAllCaps), !(w.isAllCaps && (w.text.count <= 4 || tables.orgIntroNouns.contains(w.key))),
           !isKnownNameStart(i + 1), let end = nameEnd(from: i + 1, strong: false) {
            return [EntityCandidate(commonFirstNameStart(i)..<end, .person, rule: .personUnknownPair, priority: EntityPriority.person - 5)]
        }
        return []
    }
}
