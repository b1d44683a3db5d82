/// An administrative unit named after its chief town: `province de Liège`, `canton de Fribourg`.
extension PlaceRecognizer {
    /// The `place-administrative-unit` rule at word `i`.
    func administrativeUnitRule(at i: Int) -> [EntityCandidate]? {
        guard words[i].wordClass == .word,
              let c = administrativeUnit(at: i) ?? unknownAdministrativeUnit(at: i) ?? capitalisedAdministrativeUnit(at: i) else { return nil }
        return [c]
    }

    /// Unit nouns capitalised before a region's name (`canton`, `état`), as lookup keys.
    static let capitalisedUnitNouns: FormSet = FormSet(forms: LexicalTables.lines(.entityPlaceCapitalisedUnitNouns))

    /// `le Canton de Vaud`, `l’Etat de l’Arakan`: a capitalised unit noun, `de` (and `l’` or `la`) and a known region or
    /// town (also opening a sentence: `Canton de Vaud : …`) or, inside a sentence, a name no list knows (not a country: `l’État du Sénégal` is the country's state); an
    /// adjective may qualify the noun (`le District autonome de la Comoé`).
    func capitalisedAdministrativeUnit(at i: Int) -> EntityCandidate? {
        let w = words[i]
        guard w.isCapitalized, !w.isAllCaps, Self.capitalisedUnitNouns.contains(w.key), w.spaceAfter else { return nil }
        var d = i + 1
        if let a = context.nextInSentence(i), a.wordClass == .word, !a.isCapitalized, a.spaceAfter, context.isAdjective(a), !context.isVerbForm(a) { d += 1 }
        guard let de = context.nextInSentence(d - 1), Self.administrativeDe.contains(de.key) || EntityWordGroups.deOrElided.contains(de.key) else { return nil }
        var k = d + 1
        if let a = context.nextInSentence(k - 1), EntityWordGroups.definiteAfterDe.contains(a.key) { k += 1 }
        guard let name = context.nextInSentence(k - 1), context.isNameWord(k), !name.isAllCaps else { return nil }
        if let m = context.gazetteer.longestMatch(at: k, in: words, where: { $0.type == .location }) {
            return m.entry.kind == .country ? nil : EntityCandidate(i..<(k + m.length), .location, rule: .placeAdministrativeUnit, priority: EntityPriority.pattern)
        }
        // Canton de Vaud: … — opening a sentence, the capital says nothing: only a known region or town after it.
        guard !w.sentenceStart, !context.isCommonLower(name), !context.isFirstName(name), context.knownName(at: k) == nil else { return nil }
        if let next = context.nextInSentence(k), next.wordClass == .word, next.isCapitalized, name.spaceAfter { return nil }
        return EntityCandidate(i..<(k + 1), .location, rule: .placeAdministrativeUnit, priority: EntityPriority.pattern)
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
