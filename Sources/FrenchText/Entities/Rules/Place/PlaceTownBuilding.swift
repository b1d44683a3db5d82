/// A building named after its town: `l’hôtel de ville de Montréal`, `le palais de justice de Lyon`, `à
/// l’hôtel-de-ville de Québec` — one place, the building and the town.
extension PlaceRecognizer {
    /// The buildings' names as sequences of interned word keys (`hôtel de ville`), compared with ``Word/key``.
    static let townBuildings: [[FormID]] = LexicalTables.lines(.entityPlaceTownBuildings).map { line in
        line.split(separator: " ").map { FormStore.shared.intern(LookupKey.make(String($0))) }
    }

    /// The `place-town-building` rule at word `i`.
    func townBuildingRule(at i: Int) -> [EntityCandidate]? {
        let words = self.words  // (one read of the context's array, not one per comparison)
        guard words[i].wordClass == .word else { return nil }
        for name in Self.townBuildings where i + name.count < words.count {
            guard name.indices.allSatisfy({ words[i + $0].key == name[$0] && (i + $0 == i || !words[i + $0].sentenceStart) }) else { continue }
            let de = i + name.count
            guard Self.deNameForms.contains(words[de].key), !words[de].sentenceStart,
                  let (place, n) = context.gazetteer.longestMatch(at: de + 1, in: words, where: { $0.kind == .city || $0.kind == .region }),
                  place.type == .location, !(de + 1..<(de + 1 + n)).contains(where: { words[$0].sentenceStart }) else { continue }
            return [EntityCandidate(i..<(de + 1 + n), .location, rule: .placeTownBuilding, priority: EntityPriority.pattern)]
        }
        return nil
    }
}
