/// A name after an honorific, the title left out: `M. Volker Türk` → `Volker Türk`, `Mme Delisle` → `Delisle`.
extension PersonRecognizer {
    /// The `person-title` rule at word `i`.
    func titleRule(at i: Int) -> [EntityCandidate] {
        guard tables.titles.contains(words[i].form), let end = nameEnd(from: i + 1, strong: true) else { return [] }
        return [EntityCandidate((i + 1)..<end, .person, rule: .personTitle, priority: EntityPriority.person + 5)]
    }
}
