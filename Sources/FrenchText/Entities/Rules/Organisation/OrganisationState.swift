/// The state of a country named by its adjective is an institution: `l’État malien`, `l’Etat belge` (dev README:
/// institutions are organisations); `l’État` alone is a common-noun reference and stays untagged, and `d’État` without
/// an article qualifies a noun (`conseiller d’État genevois`, `société d’État québécoise`).
extension OrganisationRecognizer {
    /// Nouns naming a country's state (`État`, written `Etat` too), as lookup keys.
    static let stateNouns: FormSet = FormSet(forms: LexicalTables.lines(.entityOrgStateNouns))

    /// Country demonyms as adjectives, singular (`malien`, `belge`), as lookup keys.
    static let demonymAdjectives: FormSet = FormSet(forms: LexicalTables.rows(.demonyms).compactMap { $0.first.map(LookupKey.make) })

    /// The `organisation-state` rule at word `i`.
    func stateRule(at i: Int) -> [EntityCandidate]? {
        let w = words[i]
        guard w.wordClass == .word, w.isCapitalized, !w.isAllCaps, Self.stateNouns.contains(w.key), w.spaceAfter,
              let a = context.nextInSentence(i), a.wordClass == .word, !a.isCapitalized, Self.demonymAdjectives.contains(a.key) else { return nil }
        // conseiller d’État genevois, société d’État québécoise: `d’État` without an article qualifies the noun before.
        if let p = context.word(i - 1), Self.deForms.contains(p.key) { return nil }
        return [EntityCandidate(i..<(i + 2), .organisation, rule: .organisationState, priority: EntityPriority.pattern)]
    }
}
