/// A quoted name after a group noun: `le collectif "Le Chœur de l’Art"`, `l’association « Les Mains Libres »`,
/// `une alliance baptisée « Front commun »`.
extension OrganisationRecognizer {
    /// The `organisation-quoted` rule at word `i`.
    func quotedRule(at i: Int) -> [EntityCandidate]? {
        let w = words[i]
        guard w.wordClass == .word, tables.orgGroupNouns.contains(w.key) else { return nil }
        // une alliance baptisée « Front commun »: a naming participle may come between the noun and the name.
        if let p = context.word(i + 1), p.wordClass == .word, Self.namingParticiples.contains(p.key) {
            return quotedName(after: i + 1, named: true).map { [$0] } ?? []
        }
        guard let c = quotedName(after: i) else { return nil }
        return [c]
    }

    /// Participles that introduce a name (`baptisée`, `nommé`, `appelée`), as lookup keys.
    static let namingParticiples: FormSet = FormSet(forms: LexicalTables.lines(.entityOrgNamingParticiples))

    /// le collectif "Le Chœur de l'Art Mais Rouge"; after a naming participle (`named`) the capitalised first word
    /// is enough (`baptisée « Front commun »`).
    func quotedName(after i: Int, named: Bool = false) -> EntityCandidate? {
        guard let open = context.word(i + 1), open.wordClass == .quote, let first = context.word(i + 2), first.wordClass == .word, first.isCapitalized else { return nil }
        var j = i + 2
        while j < words.count, j - i <= 12 {
            if words[j].wordClass == .quote {
                let inner = words[(i + 2)..<j].filter { $0.wordClass == .word && !Self.lowerInTitles.contains($0.key) }
                guard named || inner.filter(\.isCapitalized).count * 2 > inner.count else { return nil }
                return j > i + 2 ? EntityCandidate((i + 2)..<j, .organisation, rule: .organisationQuoted, priority: EntityPriority.pattern) : nil
            }
            if words[j].wordClass == .punctuation && words[j].text != "'" && words[j].text != "-" { return nil }
            j += 1
        }
        return nil
    }
}
