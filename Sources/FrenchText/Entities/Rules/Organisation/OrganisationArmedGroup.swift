/// An armed group named after its common noun: `le groupe armé M23`, `la milice Wazalendo`.
extension OrganisationRecognizer {
    /// The `organisation-armed-group` rule at word `i`.
    func armedGroupRule(at i: Int) -> [EntityCandidate]? {
        guard words[i].wordClass == .word, let c = armedGroup(at: i) else { return nil }
        return [c]
    }

    /// Words between an armed group noun and its name (`groupe armé du`), as lookup keys.
    static let armedGroupDeForms: FormSet = FormSet(forms: LexicalTables.lines(.entityOrgArmedGroupDeForms))

    /// Nouns of an armed group before its adjective (`groupe armé`, `mouvement rebelle`), as lookup keys.
    static let armedGroupNouns: FormSet = FormSet(forms: LexicalTables.lines(.entityOrgArmedGroupNouns))

    /// Adjectives of an armed group (`groupe armé`, `mouvement rebelle`), as lookup keys.
    static let armedAdjectives: FormSet = FormSet(forms: LexicalTables.lines(.entityOrgArmedGroupAdjectives))

    /// Armed groups named after `groupe armé`, `mouvement rebelle`, `milice`: `le groupe armé M23`, `la milice CODECO`.
    func armedGroup(at i: Int) -> EntityCandidate? {
        let w = words[i]
        var k: Int
        if EntityWordGroups.armedGroupHead.contains(w.key) { k = i + 1 }
        else if Self.armedGroupNouns.contains(w.key), let a = context.word(i + 1), Self.armedAdjectives.contains(a.key) { k = i + 2 }
        else { return nil }
        if let d = context.word(k), Self.armedGroupDeForms.contains(d.key) { k += 1 }
        guard let n = context.word(k), n.wordClass == .word, n.isCapitalized, !n.sentenceStart, !context.isCommonLower(n) || n.isAllCaps else { return nil }
        var end = k + 1
        while end < words.count, end - k < 4, words[end - 1].spaceAfter, words[end].wordClass == .word, words[end].isCapitalized, !words[end].sentenceStart { end += 1 }
        return EntityCandidate(k..<end, .organisation, rule: .organisationArmedGroup, priority: EntityPriority.pattern)
    }
}
