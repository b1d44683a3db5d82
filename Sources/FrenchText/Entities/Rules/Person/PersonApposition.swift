/// An unknown name before an apposition: `Kalemba, secrétaire général de …`; a first name or surname and a second
/// name before it, the second one even a town's: `Lambert Mende, porte-parole du gouvernement`.
extension PersonRecognizer {
    /// The `person-apposition` rule at word `i` (Apposition: Kalemba, secrétaire général de…).
    func appositionRule(at i: Int) -> [EntityCandidate]? {
        guard isNameCandidate(i) else { return nil }
        let w = words[i]
        if isUnknownName(i), let comma = context.word(i + 1), comma.text == ",",
           roleEnd(at: i + 2, needsDeterminer: false) != nil {
            return [EntityCandidate(i..<(i + 1), .person, rule: .personApposition, priority: EntityPriority.context)]
        }
        // Lambert Mende, porte-parole de…: a first name or surname and a second name (even a town's) before the role.
        if !context.isCommonLower(w) || context.isFirstName(w), !w.isAllCaps, w.spaceAfter, context.isFirstName(w) || context.isSurname(w) || isUnknownName(i),
           let n = context.nextInSentence(i), n.wordClass == .word, n.isCapitalized, !n.isAllCaps, context.isNameWord(i + 1),
           let comma = context.word(i + 2), comma.text == ",", roleEnd(at: i + 3, needsDeterminer: false) != nil {
            return [EntityCandidate(i..<(i + 2), .person, rule: .personApposition, priority: EntityPriority.context)]
        }
        return nil
    }
}
