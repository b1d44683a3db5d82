/// A capitalised common noun before a known place: `Investissement Québec`, `Santé Canada`, `Tourisme Montréal`.
extension OrganisationRecognizer {
    /// The `organisation-noun-place` rule at word `i`.
    func nounPlaceRule(at i: Int) -> [EntityCandidate]? {
        let w = words[i]
        guard w.wordClass == .word, w.isCapitalized, let c = nounAndPlace(at: i) else { return nil }
        return [c]
    }

    /// Words that name a part of a place, not a body: `Sud Liban`, `Nord Cameroun`.
    static let cardinalPoints: FormSet = FormSet(forms: LexicalTables.lines(.entityOrgCardinalPoints))

    /// A capitalised common noun before a known place is a public body or a company: `Investissement Québec`,
    /// `Santé Canada`, `Tourisme Montréal`, `Emploi Québec`.
    func nounAndPlace(at i: Int) -> EntityCandidate? {
        let w = words[i]
        guard let lexicon = context.lexicon, w.wordClass == .word, w.spaceAfter, let next = context.word(i + 1), next.isCapitalized, !next.sentenceStart,
              let (place, n) = context.gazetteer.longestMatch(at: i + 1, in: words, where: { $0.kind == .country || $0.kind == .region || $0.kind == .city }),
              place.type == .location, !w.isAllCaps, !w.text.containsByte(0x2D),
              !Self.cardinalPoints.contains(w.key), tables.orgHeads[w.key] == nil, !tables.placeNouns.contains(w.key),
              !tables.roles.contains(w.key), context.isNameWord(i), context.gazetteer.longestMatch(at: i, in: words) == nil else { return nil }
        let a = lexicon.analyses(of: w.text.lowercased())
        guard !a.isEmpty, a.allSatisfy({ $0.isNoun && !$0.isVerb && !$0.isAdjective }) else { return nil }
        // la Santé Canada is not written; after an article the noun is a common noun: `le Tourisme Québec` is rare.
        if let p = context.word(i - 1), p.wordClass == .word, !p.isCapitalized, !Self.bodyLeads.contains(p.key) {
            return nil
        }
        return EntityCandidate(i..<(i + 1 + n), .organisation, rule: .organisationNounPlace, priority: EntityPriority.pattern)
    }
}
