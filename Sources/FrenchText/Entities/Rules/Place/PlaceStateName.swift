/// A state's official name, its form of government and its country: `Royaume du Maroc`, `République de Côte
/// d’Ivoire`, `République islamique d’Iran`, `Grand-Duché de Luxembourg` — one place.
extension PlaceRecognizer {
    /// Capitalised nouns of a state's form (`Royaume`, `République`), as lookup keys.
    static let stateForms: FormSet = FormSet(forms: LexicalTables.lines(.entityPlaceStateForms))

    /// The `place-state-name` rule at word `i`.
    func stateNameRule(at i: Int) -> [EntityCandidate]? {
        let w = words[i]
        guard w.wordClass == .word, w.isCapitalized, Self.stateForms.contains(w.key) else { return nil }
        var j = i + 1
        // République islamique d’Iran, République fédérale d’Allemagne: up to two adjectives.
        while j < words.count, j - i <= 2, let a = context.nextInSentence(j - 1), a.wordClass == .word, !a.isCapitalized,
              !Self.deNameForms.contains(a.key), context.isAdjective(a) { j += 1 }
        guard let de = context.nextInSentence(j - 1), Self.deNameForms.contains(de.key),
              let (country, n) = context.gazetteer.longestMatch(at: j + 1, in: words, where: { $0.kind == .country }), country.type == .location,
              !(j + 1..<(j + 1 + n)).contains(where: { words[$0].sentenceStart }) else { return nil }
        return [EntityCandidate(i..<(j + 1 + n), .location, rule: .placeStateName, priority: EntityPriority.pattern)]
    }
}
