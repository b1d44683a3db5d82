/// A law, reform or report named after the person behind it names that person: `la loi Blanquer`, `la réforme
/// Borne`, `le plan El Khomri`, `le rapport Attali`. The name is one or two capitalised words the tagger does not
/// know as a place or organisation, not capitals (`loi ELAN`) and not a capitalised common word (`loi Climat`).
extension PersonRecognizer {
    /// Nouns of a law, reform or report named after a person (`loi`, `plan`), as lookup keys.
    static let eponymNouns: FormSet = FormSet(forms: LexicalTables.lines(.entityPersonEponymNouns))

    /// The `person-eponym` rule at word `i` (the name after `loi`, `réforme`, `plan`…).
    func eponymRule(at i: Int) -> [EntityCandidate]? {
        guard i > 0, isNameCandidate(i), !words[i].isAllCaps, !words[i].sentenceStart, let noun = context.word(i - 1), noun.wordClass == .word,
              !noun.isCapitalized, noun.spaceAfter, Self.eponymNouns.contains(noun.key), isEponymWord(i) else { return nil }
        var end = i + 1
        if words[i].spaceAfter, let n = context.nextInSentence(i), n.wordClass == .word, n.isCapitalized, isEponymWord(i + 1) { end += 1 }
        return [EntityCandidate(i..<end, .person, rule: .personEponym, priority: EntityPriority.person)]
    }

    /// True for a capitalised word that may be a surname: no known name, no common word, no acronym.
    private func isEponymWord(_ k: Int) -> Bool {
        let w = words[k]
        guard w.wordClass == .word, w.isCapitalized, !w.isAllCaps, context.knownName(at: k) == nil else { return false }
        return isUnknownName(k) || context.isSurname(w)
    }
}
