/// A surname the lexicon knows where a person is expected: `selon Macron`, `« …», a dit Petit`.
extension PersonRecognizer {
    /// The `person-surname` rule at word `i` (A surname the lexicon knows, outside "prix Nobel"-like phrases).
    func surnameRule(at i: Int) -> [EntityCandidate]? {
        guard isNameCandidate(i) else { return nil }
        let w = words[i]
        if !w.sentenceStart || context.word(i - 1)?.wordClass == .quote, context.isSurname(w), !w.isAllCaps {
            if let prev = context.word(i - 1), prev.wordClass == .word, !prev.isCapitalized || context.isCommonLower(prev), context.isNounOrAdjective(prev),
               !EntityContext.functionWords.contains(prev.key) { return nil }
            // Petit, Blanc, Macron are also common words: only where a person is expected.
            if context.isCommonLower(w) {
                guard let prev = context.word(i - 1), prev.wordClass == .quote || Self.surnameLeads.contains(prev.key),
                      context.nextInSentence(i).map({ !$0.isCapitalized }) ?? true else { return nil }
            }
            return [EntityCandidate(i..<(i + 1), .person, rule: .personSurname, priority: EntityPriority.guess)]
        }
        return nil
    }
}
