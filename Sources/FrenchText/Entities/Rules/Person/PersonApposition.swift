/// An unknown name before an apposition: `Kalemba, secrétaire général de …`.
extension PersonRecognizer {
    /// The `person-apposition` rule at word `i` (Apposition: Kalemba, secrétaire général de…).
    func appositionRule(at i: Int) -> [EntityCandidate] {
        guard isNameCandidate(i) else { return [] }
        let w = words[i]
        if isUnknownName(i), let comma = context.word(i + 1), comma.text == ",",
           roleEnd(at: i + 2, needsDeterminer: false) != nil {
            return [EntityCandidate(i..<(i + 1), .person, rule: .personApposition, priority: EntityPriority.context)]
        }
        return []
    }
}
