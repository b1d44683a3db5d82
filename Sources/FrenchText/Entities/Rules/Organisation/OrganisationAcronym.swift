/// Capitals the dictionary does not know, outside all-capital headlines: `CCBN`, `FIACAT` (not `XIV`, `CEO`).
extension OrganisationRecognizer {
    /// The `organisation-acronym` rule at word `i`.
    func acronymRule(at i: Int) -> [EntityCandidate] {
        guard words[i].wordClass == .word, let c = acronym(at: i) else { return [] }
        return [c]
    }

    /// CCBN, FIACAT: capitals the dictionary does not know, outside all-capital headlines.
    func acronym(at i: Int) -> EntityCandidate? {
        let w = words[i]
        guard w.isAllCaps, w.text.count >= 2, w.text.count <= 9, !w.text.hasPrefix("-"), !w.text.hasSuffix("-"),
              w.text.unicodeScalars.allSatisfy({ $0.properties.isAlphabetic || $0 == "&" || $0 == "-" }) else { return nil }
        // Louis XIV, article XXI, le XXe siècle: Roman numerals after a name or a numbered noun.
        if Self.romanNumeral(w.text), let prev = context.word(i - 1),
           prev.isCapitalized && !context.isCommonLower(prev) || Self.numberedNouns.contains(prev.key) || w.text.count <= 2 { return nil }
        if context.isCommonLower(w) || context.lexicon?.analyses(of: w.text).isEmpty == false { return nil }
        if tables.nonOrganisationAcronyms.contains(w.form) { return nil }
        for k in [i - 1, i + 1] {
            if let n = context.word(k), n.wordClass == .word, n.isAllCaps, context.isCommonLower(n) { return nil }
        }
        return EntityCandidate(i..<(i + 1), .organisation, rule: .organisationAcronym, priority: EntityPriority.context)
    }

    static let numberedNouns: FormSet = FormSet(forms: LexicalTables.lines(.entityOrgNumberedNouns))

    static func romanNumeral(_ s: String) -> Bool {
        s.allSatisfy { "IVXLCDM".contains($0) }
    }
}
