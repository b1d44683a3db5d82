/// An unknown capitalised word and a name with a particle: `Ursula von der Leyen`, `Bachar al-Assad`.
extension PersonRecognizer {
    /// The `person-particle` rule at word `i` (An unknown capitalised word and a name with a particle: Ursula von der Leyen, Bachar al-Assad).
    func particleRule(at i: Int) -> [EntityCandidate]? {
        guard isNameCandidate(i) else { return nil }
        let w = words[i]
        // l’imprimerie CTD de Dammartin: an acronym before a lower-case particle names a body, not a person.
        if isUnknownName(i), w.spaceAfter, !w.isAllCaps, let next = context.nextInSentence(i), next.wordClass == .word, !next.isCapitalized,
           tables.particles.contains(next.key) || next.keyText.contains("-"), !opensFullName(i + 2), let end = nameEnd(from: i + 1, strong: false, afterName: true), end > i + 1,
           !continuesOrganisation(i) {
            return [EntityCandidate(i..<end, .person, rule: .personParticle, priority: EntityPriority.person - 5)]
        }
        return nil
    }

    /// True when a first name and another capitalised word start at `k`: `Dheepan de Jacques Audiard` is a work and
    /// its author, since a particle comes before a surname, not before a first name.
    func opensFullName(_ k: Int) -> Bool {
        guard let first = context.word(k), first.wordClass == .word, first.isCapitalized, context.isFirstName(first), first.spaceAfter,
              let second = context.word(k + 1), second.wordClass == .word, second.isCapitalized else { return false }
        return !second.sentenceStart
    }

    /// True when the name at `i` belongs to an organisation before it: the second word of a known name (`l’usine
    /// Fleury Michon de Plélan`) or a name right after a group noun (`l’usine Kerval de Dives-sur-Mer`).
    func continuesOrganisation(_ i: Int) -> Bool {
        if let m = context.knownName(at: i - 1), m.length >= 2 { return true }
        guard let p = context.word(i - 1), p.wordClass == .word, !p.isCapitalized else { return false }
        return tables.orgIntroNouns.contains(p.key)
    }
}
