/// Initials and a name: `J.-L. Mélenchon`, `A. Dupont`; after an initial, a surname spelled like a common word is
/// still a surname (`A. Gay`, `P. Lenoir`), unless the letter names an item of a common noun (`le plan B. Mais…`).
extension PersonRecognizer {
    /// The `person-initials` rule at word `i`.
    func initialsRule(at i: Int) -> [EntityCandidate]? {
        let w = words[i]
        guard w.wordClass == .word, w.isCapitalized, w.isInitial else { return nil }
        let surnameAfter = context.word(i + 1).map { !$0.sentenceStart && !EntityContext.functionWords.contains($0.key) } ?? false
        // (a role noun is a person's: `l’entraîneur R. Blanc`)
        let itemOfNoun = context.word(i - 1).map { $0.wordClass == .word && !$0.isCapitalized && isNounOnly($0) && !tables.roles.contains($0.key) } ?? false
        guard let end = nameEnd(from: i + 1, strong: false, allowCommon: surnameAfter && !itemOfNoun) else { return nil }
        return [EntityCandidate(i..<end, .person, rule: .personInitials, priority: EntityPriority.person)]
    }
}
