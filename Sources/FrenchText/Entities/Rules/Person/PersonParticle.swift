/// An unknown capitalised word and a name with a particle: `Ursula von der Leyen`, `Bachar al-Assad`.
extension PersonRecognizer {
    /// The `person-particle` rule at word `i` (An unknown capitalised word and a name with a particle: Ursula von der Leyen, Bachar al-Assad).
    func particleRule(at i: Int) -> [EntityCandidate] {
        guard isNameCandidate(i) else { return [] }
        let w = words[i]
        if isUnknownName(i), w.spaceAfter, let next = context.nextInSentence(i), next.wordClass == .word, !next.isCapitalized,
           tables.particles.contains(next.key) || next.keyText.contains("-"), let end = nameEnd(from: i + 1, strong: false, afterName: true), end > i + 1 {
            return [EntityCandidate(i..<end, .person, rule: .personParticle, priority: EntityPriority.person - 5)]
        }
        return []
    }
}
