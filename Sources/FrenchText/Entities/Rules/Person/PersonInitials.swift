/// Initials and a name: `J.-L. Mélenchon`, `A. Dupont`.
extension PersonRecognizer {
    /// The `person-initials` rule at word `i`.
    func initialsRule(at i: Int) -> [EntityCandidate] {
        let w = words[i]
        guard w.wordClass == .word, w.isCapitalized, w.isInitial, let end = nameEnd(from: i + 1, strong: false) else { return [] }
        return [EntityCandidate(i..<end, .person, rule: .personInitials, priority: EntityPriority.person)]
    }
}
