/// A coined capitalised word and a trade word: `Domivia Services`, `Arvalis Logistique`.
extension OrganisationRecognizer {
    /// The `organisation-company-word` rule at word `i`.
    func companyWordRule(at i: Int) -> [EntityCandidate]? {
        let w = words[i]
        guard w.wordClass == .word, w.isCapitalized && tables.companyNameWords.contains(w.form), let c = companyName(endingAt: i) else { return nil }
        return [c]
    }

    /// A coined capitalised word and a trade word: `Domivia Services`, `Arvalis Logistique`. The first word is
    /// unknown to the dictionary (no common word, first name or surname).
    func companyName(endingAt i: Int) -> EntityCandidate? {
        guard let w = context.word(i - 1), w.wordClass == .word, w.spaceAfter, w.isCapitalized, !w.isAllCaps, context.isNameWord(i - 1),
              !context.isKnown(w), !w.text.contains("-") else { return nil }
        if let p = context.word(i - 2), p.wordClass == .word, p.isCapitalized, !p.sentenceStart, p.spaceAfter { return nil }
        return EntityCandidate((i - 1)..<(i + 1), .organisation, rule: .organisationCompanyWord, priority: EntityPriority.pattern)
    }
}
