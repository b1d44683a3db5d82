/// A national team named by its country: `l’équipe de France`, `la sélection du Sénégal`, `l’équipe nationale
/// du Maroc`. The country alone standing for its team stays a place (the dev conventions).
enum OrganisationNationalTeam {
    /// Nouns of a national team before `de` and a country (`équipe`, `sélection`), as lookup keys.
    static let teamNouns: FormSet = FormSet(forms: LexicalTables.lines(.entityOrgTeamNouns))
    /// Adjectives between the noun and `de` (`nationale`, `olympique`), as lookup keys.
    static let teamAdjectives: FormSet = FormSet(forms: LexicalTables.lines(.entityOrgTeamAdjectives))

    static func candidates(_ context: EntityContext) -> [EntityCandidate] {
        var out = [EntityCandidate]()
        for i in context.words.indices where teamNouns.contains(context.words[i].key) && !context.words[i].isCapitalized {
            var k = i + 1
            if let a = context.nextInSentence(i), teamAdjectives.contains(a.key) { k += 1 }
            guard let de = context.nextInSentence(k - 1), OrganisationRecognizer.deForms.contains(de.key),
                  let m = context.knownName(at: k + 1), m.entry.kind == .country,
                  !(k + 1..<(k + 1 + m.length)).contains(where: { context.words[$0].sentenceStart }) else { continue }
            out.append(EntityCandidate(i..<(k + 1 + m.length), .organisation, rule: .organisationNationalTeam, priority: EntityPriority.pattern))
        }
        return out
    }
}
