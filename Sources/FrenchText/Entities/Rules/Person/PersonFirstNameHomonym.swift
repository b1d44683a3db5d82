/// A town's name that is also a first name (`Florence`, `Nancy`, `Sofia`) names a person when an apposition follows it:
/// an age (`Florence, 45 ans, a quitté son poste`) or a role or occupation (`C’est le cas de Sofia, infirmière à Nice`);
/// not after a place preposition (`à Nancy, …`) nor as a role's complement (`le maire de Nancy, médecin de formation`).
/// It outranks the gazetteer's town; one name, one type then makes the name's other mentions in the document the
/// person too.
extension PersonRecognizer {
    /// Occupations and roles a person is described by (`infirmière`, `maire`): the first column of
    /// `speaker_role_nouns.tsv`, the speakers' table.
    static let occupationNouns = FormSet(forms: LexicalTables.rows(.speakerRoleNouns).compactMap(\.first))

    /// The `person-first-name-homonym` rule at word `i`.
    func firstNameHomonymRule(at i: Int) -> [EntityCandidate] {
        let w = words[i]
        guard w.wordClass == .word, w.isCapitalized, !w.isAllCaps,
              let known = context.gazetteer.longestMatch(at: i, in: words), known.length == 1, known.entry.kind == .city,
              let comma = context.word(i + 1), comma.text == ",", let next = context.word(i + 2), !isPlaceComplement(i) else { return [] }
        let age = next.isDigits && context.word(i + 3).map { EntityWordGroups.ageNoun.contains($0.key) } == true
        let role = next.wordClass == .word && !next.isCapitalized
            && (Self.occupationNouns.contains(next.key) || roleEnd(at: i + 2, needsDeterminer: false) != nil)
        guard age || role else { return [] }
        return [EntityCandidate(i..<(i + 1), .person, rule: .personFirstNameHomonym, priority: EntityPriority.gazetteer + 1)]
    }

    /// True when the town at `i` completes a role or a place preposition (`le maire de Nancy, médecin de formation`,
    /// `à Florence, …`): the apposition then describes someone or something else.
    private func isPlaceComplement(_ i: Int) -> Bool {
        guard let p = context.word(i - 1), p.wordClass == .word else { return false }
        if PlaceRecognizer.placePrepositions.contains(p.key) { return true }
        guard EntityWordGroups.deOrElided.contains(p.key), let q = context.word(i - 2), q.wordClass == .word else { return false }
        return Self.occupationNouns.contains(q.key) || tables.roles.contains(q.key)
    }
}
