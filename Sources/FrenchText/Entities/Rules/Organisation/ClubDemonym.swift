/// A club head and a demonym: `le Stade rochelais`, `l’Olympique lyonnais`, `le Racing lensois`, also a
/// capitalised demonym no list knows (`le Stade Plabennecois`); the stadium `Stade olympique` and `Stade de
/// France` are places, not clubs.
enum ClubDemonym {
    static func candidates(_ context: EntityContext) -> [EntityCandidate] {
        var out = [EntityCandidate]()
        for i in context.words.indices where context.tables.clubNameHeads.contains(context.words[i].form) {
            guard context.words[i].spaceAfter, let a = context.nextInSentence(i), a.wordClass == .word,
                  !a.isCapitalized || !a.isAllCaps && !context.isKnown(a) && context.knownName(at: i + 1) == nil,
                  context.tables.demonymSuffixes.contains(where: { a.keyText.hasSuffix($0) }), context.isAdjective(a) || !context.isKnown(a) else { continue }
            out.append(EntityCandidate(i..<(i + 2), .organisation, rule: .organisationClubDemonym, priority: EntityPriority.pattern + 3))
        }
        return out
    }
}
