/// An administrative unit named after its chief town: `province de Liège`, `canton de Fribourg`.
extension PlaceRecognizer {
    /// The `place-administrative-unit` rule at word `i`.
    func administrativeUnitRule(at i: Int) -> [EntityCandidate] {
        guard words[i].wordClass == .word, let c = administrativeUnit(at: i) ?? unknownAdministrativeUnit(at: i) else { return [] }
        return [c]
    }

    /// `district de Gasabo`, `district du Plateau-Nord`: a unit whose name no list knows is named with its noun.
    func unknownAdministrativeUnit(at i: Int) -> EntityCandidate? {
        let w = words[i]
        guard !w.isCapitalized, Self.administrativeNouns.contains(w.key), let de = context.nextInSentence(i), Self.administrativeDe.contains(de.key),
              context.isNameWord(i + 2), let name = context.nextInSentence(i + 1), !name.isAllCaps, !context.isCommonLower(name),
              !context.isFirstName(name), context.knownName(at: i + 2) == nil else { return nil }
        if let next = context.nextInSentence(i + 2), next.wordClass == .word, next.isCapitalized, name.spaceAfter { return nil }
        return EntityCandidate(i..<(i + 3), .location, rule: .placeAdministrativeUnit, priority: EntityPriority.pattern)
    }

    func administrativeUnit(at i: Int) -> EntityCandidate? {
        let w = words[i]
        guard !w.isCapitalized, Self.administrativeNouns.contains(w.key), let de = context.nextInSentence(i), Self.administrativeDe.contains(de.key),
              let m = context.gazetteer.longestMatch(at: i + 2, in: words, where: { $0.type == .location }),
              m.entry.kind == .city || context.gazetteer.isCity((i + 2)..<(i + 2 + m.length), in: words),
              !(i + 2..<(i + 2 + m.length)).contains(where: { words[$0].sentenceStart }) else { return nil }
        if let next = context.word(i + 2 + m.length), next.wordClass == .word, next.isCapitalized, words[i + 1 + m.length].spaceAfter { return nil }
        return EntityCandidate(i..<(i + 2 + m.length), .location, rule: .placeAdministrativeUnit, priority: EntityPriority.pattern)
    }
}
