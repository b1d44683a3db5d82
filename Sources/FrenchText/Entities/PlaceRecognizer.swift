/// Finds places by their form (known countries, regions and cities come from ``KnownNameRecognizer``).
///
/// - a place noun and a proper name: `rue Saint-Pierre`, `place Bouchard`, `plaines d’Abraham`, `l’Eglise Saint-Pierre`
/// - an unknown capitalised word after `à`, `en`, `dans`, `vers`: `à Gomel`, `en Ituri`
struct PlaceRecognizer {
    let context: EntityContext

    private var words: [EntityWord] { context.words }

    private static let placePrepositions: Set<String> = ["à", "en", "dans", "vers", "près"]

    func candidates() -> [EntityCandidate] {
        var out = [EntityCandidate]()
        for i in words.indices where words[i].kind == .word {
            if let c = placeNoun(at: i) { out.append(c) }
            if let c = afterPreposition(at: i) { out.append(c) }
            if let c = dateline(at: i) { out.append(c) }
        }
        return out
    }

    private func placeNoun(at i: Int) -> EntityCandidate? {
        let w = words[i]
        guard context.tables.placeNouns.contains(w.key), w.spaceAfter || w.kind == .word else { return nil }
        if w.isCapitalized && w.sentenceStart && !(context.word(i + 1).map { $0.isCapitalized } ?? false) { return nil }
        var j = i + 1
        // plaines d'Abraham, place de la Concorde
        if let p = context.word(j), ["de", "du", "des", "d'"].contains(p.key) {
            j += 1
            if let a = context.word(j), ["la", "l'"].contains(a.key) { j += 1 }
        }
        var end = j
        while end < words.count, end - j < 4, words[end].kind == .word, words[end].isCapitalized, context.isNameWord(end), !words[end].sentenceStart {
            end += 1
            if !words[end - 1].spaceAfter { break }
        }
        guard end > j else { return nil }
        // A known organisation is not a place (rue de l'ONU aside).
        if end == j + 1, let m = context.gazetteer.longestMatch(at: j, in: words), m.entry.type == .organisation { return nil }
        return EntityCandidate(i..<end, .location, rule: "place-noun", priority: EntityPriority.pattern)
    }

    /// A dateline's place: `GOMEL, 3 mars (Reuters) –`, `Lévis (Québec), le 2 juin 2014 –`.
    private func dateline(at i: Int) -> EntityCandidate? {
        let w = words[i]
        guard w.sentenceStart, w.isCapitalized, context.isNameWord(i), !context.isCommonLower(w) || w.isAllCaps && !context.isKnown(w) else { return nil }
        var end = i + 1
        while end < words.count, end - i < 3, words[end].kind == .word, words[end].isCapitalized, words[end - 1].spaceAfter, !words[end].sentenceStart { end += 1 }
        var k = end
        if let open = context.word(k), open.text == "(" {
            while k < words.count, k - end < 5, words[k].text != ")" { k += 1 }
            k += 1
        }
        guard let comma = context.word(k), comma.text == "," else { return nil }
        var d = k + 1
        if let le = context.word(d), le.key == "le" { d += 1 }
        if let wd = context.word(d), context.tables.weekdays.contains(wd.key) { d += 1 }
        guard let day = context.word(d), day.isDigits || day.key == "1er", let month = context.word(d + 1), context.tables.months[month.key] != nil else { return nil }
        return EntityCandidate(i..<end, .location, rule: "place-dateline", priority: EntityPriority.context + 10)
    }

    private func afterPreposition(at i: Int) -> EntityCandidate? {
        let w = words[i]
        guard w.isCapitalized, !w.sentenceStart, !w.isAllCaps, let prev = context.word(i - 1) else { return nil }
        // le maire de Gomel, au nord de Goma, la ville d'Idleb
        let afterPlaceNoun = (prev.key == "de" || prev.key == "d'") && context.word(i - 2).map { context.tables.placeContextNouns.contains($0.key) } == true
        guard Self.placePrepositions.contains(prev.key) || afterPlaceNoun,
              context.isNameWord(i), !context.isCommonLower(w), !context.isFirstName(w), !context.isSurname(w) else { return nil }
        if let next = context.nextInSentence(i), next.kind == .word, next.isCapitalized, w.spaceAfter { return nil }
        return EntityCandidate(i..<(i + 1), .location, rule: "place-after-preposition", priority: EntityPriority.context)
    }
}
