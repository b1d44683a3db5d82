/// A medium the speaker talks to: after a speech verb or a noun of statements and `à`, a capitalised name that is no
/// person and no known place (`a déclaré à Radio Kalima`, `dans un entretien à Nord Éclair`, `a-t-il confié à
/// Tahiti Infos`). The name stops before a title or a person's name that follows (`a déclaré à Sud Radio Me Paul
/// Durand`). A first name (`a confié à Marie Dupont`), a known place (`a déclaré à Genève`) or a known name (left to
/// the gazetteer) or a saint's name (`à Saint Denis`, a town) opens none, and a reflexive verb has no medium
/// (`un incendie s’est déclaré à Kerlouan`).
enum OrganisationAddressedMedium {
    /// Nouns of statements given to a medium (`déclaration`, `entretien`), as lookup keys.
    static let statementNouns: FormSet = FormSet(forms: LexicalTables.lines(.entityOrgMediumStatementNouns))
    /// Reflexive pronouns (`s'`, `se`): `un incendie s’est déclaré à Kerlouan` broke out in a town.
    static let reflexives: FormSet = FormSet(forms: LexicalTables.lines(.entityOrgMediumReflexives))
    /// The preposition before the medium, as a lookup key's id (compared as an integer at each word).
    private static let aKey = FormStore.shared.intern("à")

    static func candidates(_ context: EntityContext) -> [EntityCandidate] {
        let words = context.words
        var out = [EntityCandidate]()
        for i in words.indices.dropFirst().dropLast() where words[i].key == Self.aKey {
            let lead = words[i - 1]
            guard lead.wordClass == .word, statementNouns.contains(lead.key) || (context.lexicon != nil && lead.isAny(.cueVerb)),
                  !(max(0, i - 4)..<(i - 1)).contains(where: { reflexives.contains(words[$0].key) }),
                  let end = nameEnd(from: i + 1, context) else { continue }
            out.append(EntityCandidate((i + 1)..<end, .organisation, rule: .organisationAddressedMedium, priority: EntityPriority.pattern))
        }
        return out
    }

    /// The end of the medium's name from `k` (one to four capitalised words, capitals or numbers after a capital), or
    /// nil when no medium starts there.
    private static func nameEnd(from k: Int, _ context: EntityContext) -> Int? {
        let words = context.words
        // a été convenu à Saint Denis: a saint's name opens a town.
        guard context.isNameWord(k), !words[k].sentenceStart, !context.isFirstName(words[k]), context.knownName(at: k) == nil,
              !EntityWordGroups.saintPrefix.contains(string: words[k].text) else { return nil }
        let organisations = OrganisationRecognizer(context: context)
        var end = k + 1
        while end < words.count, end - k < 4, words[end - 1].spaceAfter {
            let x = words[end]
            if organisations.startsPerson(at: end) { break }
            guard context.isNameWord(end) || (x.isDigits && x.text.count <= 3), !x.sentenceStart else { break }
            end += 1
        }
        // a déclaré à Dakar: a known place alone is where, not whom; a surname alone is a person.
        if end == k + 1, context.gazetteer.place(named: words[k].keyText) != nil || context.isSurname(words[k]) { return nil }
        return end
    }
}
