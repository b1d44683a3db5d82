/// A first name the lexicon knows and a name: `Anna Wright`, `Jean-Luc Mélenchon`; a first name that is also a
/// common noun before a first name belongs to it (`Alpha Oumar Sow-Bangoura`). A word the lexicon does not know
/// before an initial that ends the name is a first name too, as court reports shorten names (`Kévin L.`).
extension PersonRecognizer {
    /// The `person-first-name` rule at word `i`.
    func firstNameRule(at i: Int) -> [EntityCandidate]? {
        guard isNameCandidate(i), context.isFirstName(words[i]) || isAnonymisedName(i),
              let end = nameEnd(from: i + 1, strong: false, allowCommon: true, afterName: true) else { return nil }
        return [EntityCandidate(commonFirstNameStart(i)..<end, .person, rule: .personFirstName, priority: EntityPriority.person)]
    }

    /// `Kévin L., 25 ans`: a capitalised word the lexicon does not know, then an initial with its period that ends
    /// the name.
    func isAnonymisedName(_ i: Int) -> Bool {
        guard isUnknownToLexicon(i), words[i].spaceAfter, let initial = context.nextInSentence(i), initial.isInitial,
              initial.text.utf8.count == 2 else { return false }
        return context.nextInSentence(i + 1).map { !($0.wordClass == .word && $0.isCapitalized) } ?? true
    }
}
