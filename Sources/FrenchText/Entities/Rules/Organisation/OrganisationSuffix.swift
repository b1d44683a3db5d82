/// A last word that marks an organisation: `Amnesty International`, `Human Rights Watch`, `Frontline Defenders`.
extension OrganisationRecognizer {
    /// The `organisation-suffix` rule at word `i`.
    func suffixRule(at i: Int) -> [EntityCandidate]? {
        let w = words[i]
        guard w.wordClass == .word, w.isCapitalized && tables.orgSuffixes.contains(w.key), let c = suffixName(endingAt: i) else { return nil }
        return [c]
    }

    /// Amnesty International, Human Rights Watch, Médecins Sans Frontières.
    func suffixName(endingAt i: Int) -> EntityCandidate? {
        var start = i
        var k = i - 1
        while k >= 0, i - k <= 5, let w = context.word(k), w.wordClass == .word || w.text == "&", w.spaceAfter {
            // l’ONG Human Rights Watch: a group noun before the name is no part of it.
            if tables.orgIntroNouns.contains(w.key) && k < i - 1 { break }
            if w.isCapitalized && !(w.sentenceStart && context.isCommonLower(w) && k < i - 1) {
                start = k
                if w.sentenceStart { break }
                k -= 1
            } else if Self.nameInnerLinks.contains(w.key) && start == k + 1 {
                k -= 1
            } else {
                break
            }
        }
        guard start < i else { return nil }
        return EntityCandidate(start..<(i + 1), .organisation, rule: .organisationSuffix, priority: EntityPriority.pattern)
    }
}
