/// A first name alone, hyphenated or not: `sa mère, Sophie, …`, `un café chez Jean-Marc`. A hyphenated name right
/// after a lower-case noun names that thing after a person (`les lycées Victor-Hugo et Louis-Pasteur`, `rue Jean-Jaurès`).
extension PersonRecognizer {
    /// The `person-first-name-alone` rule at word `i` (A first name alone: sa mère, Sophie, …).
    func firstNameAloneRule(at i: Int) -> [EntityCandidate]? {
        guard isNameCandidate(i) else { return nil }
        let w = words[i]
        if context.isFirstName(w), !context.isCommonLower(w), !context.isSurname(w), !isKnownNameStart(i),
           context.nextInSentence(i).map({ !($0.wordClass == .word && $0.isCapitalized) }) ?? true,
           !w.text.containsByte(0x2D) || !namesAThing(before: i) {
            return [EntityCandidate(i..<(i + 1), .person, rule: .personFirstNameAlone, priority: EntityPriority.guess)]
        }
        return nil
    }

    /// True when the word before `i` is a lower-case noun that is no function word (`lycées`, `rue`), not `chez`, `de`.
    private func namesAThing(before i: Int) -> Bool {
        guard let p = context.word(i - 1), p.wordClass == .word, !p.isCapitalized, !EntityContext.functionWords.contains(p.key) else { return false }
        return context.isNounOrAdjective(p)
    }
}
