/// A first name the lexicon knows and a name: `Anna Wright`, `Jean-Luc Mélenchon`; a first name that is also a
/// common noun before a first name belongs to it (`Alpha Oumar Sow-Bangoura`).
extension PersonRecognizer {
    /// The `person-first-name` rule at word `i`.
    func firstNameRule(at i: Int) -> [EntityCandidate] {
        guard isNameCandidate(i), context.isFirstName(words[i]),
              let end = nameEnd(from: i + 1, strong: false, allowCommon: true, afterName: true) else { return [] }
        return [EntityCandidate(commonFirstNameStart(i)..<end, .person, rule: .personFirstName, priority: EntityPriority.person)]
    }
}
