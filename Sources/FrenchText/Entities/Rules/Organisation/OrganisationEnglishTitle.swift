/// An English title: `The New Times`, `The Guardian`.
extension OrganisationRecognizer {
    /// The `organisation-english-title` rule at word `i`.
    func englishTitleRule(at i: Int) -> [EntityCandidate]? {
        let w = words[i]
        guard w.wordClass == .word, w.text == "The", let c = englishTitle(at: i) else { return nil }
        return [c]
    }

    /// The New Times, The Guardian.
    func englishTitle(at i: Int) -> EntityCandidate? {
        var j = i + 1
        while j < words.count, j - i <= 5, words[j - 1].spaceAfter, words[j].wordClass == .word, words[j].isCapitalized, !words[j].sentenceStart { j += 1 }
        guard j > i + 1 else { return nil }
        return EntityCandidate(i..<j, .organisation, rule: .organisationEnglishTitle, priority: EntityPriority.pattern)
    }
}
