/// A first name alone: `sa mère, Sophie, …`.
extension PersonRecognizer {
    /// The `person-first-name-alone` rule at word `i` (A first name alone: sa mère, Sophie, …).
    func firstNameAloneRule(at i: Int) -> [EntityCandidate] {
        guard isNameCandidate(i) else { return [] }
        let w = words[i]
        if context.isFirstName(w), !w.text.contains("-"), !context.isCommonLower(w), !context.isSurname(w), !isKnownNameStart(i),
           context.nextInSentence(i).map({ !($0.wordClass == .word && $0.isCapitalized) }) ?? true {
            return [EntityCandidate(i..<(i + 1), .person, rule: .personFirstNameAlone, priority: EntityPriority.guess)]
        }
        return []
    }
}
