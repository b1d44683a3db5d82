/// A club abbreviation before a town: `FC Nantes`, `AS Monaco`, `HC Fribourg-Gottéron`.
extension OrganisationRecognizer {
    /// The `organisation-club` rule at word `i`.
    func clubRule(at i: Int) -> [EntityCandidate]? {
        let w = words[i]
        guard w.wordClass == .word, tables.clubPrefixes.contains(w.form), let c = club(at: i) else { return nil }
        return [c]
    }

    /// A sports club: `FC Nantes`, `AS Monaco`, `HC Fribourg-Gottéron`, `RSC Anderlecht`.
    func club(at i: Int) -> EntityCandidate? {
        guard words[i].spaceAfter, let n = context.nextInSentence(i), n.wordClass == .word, n.isCapitalized, !n.isAllCaps, context.isNameWord(i + 1),
              var end = capitalisedNameEnd(from: i + 1) else { return nil }
        // l’entraîneur du HC Bienne Marco Streit: a person's name after the club's is no part of it.
        if let p = (i + 2..<max(i + 2, end)).first(where: { startsPerson(at: $0) }) { end = p }
        return EntityCandidate(i..<end, .organisation, rule: .organisationClub, priority: EntityPriority.pattern)
    }
}
