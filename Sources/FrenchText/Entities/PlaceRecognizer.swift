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
        while end < words.count, end - j < 4, words[end].kind == .word, words[end].isCapitalized, context.isNameWord(end) {
            end += 1
            if !words[end - 1].spaceAfter { break }
        }
        guard end > j else { return nil }
        // A known organisation is not a place (rue de l'ONU aside).
        if end == j + 1, let m = context.gazetteer.longestMatch(at: j, in: words), m.entry.type == .organisation { return nil }
        return EntityCandidate(i..<end, .location, rule: "place-noun", priority: EntityPriority.pattern)
    }

    private func afterPreposition(at i: Int) -> EntityCandidate? {
        let w = words[i]
        guard w.isCapitalized, !w.sentenceStart, !w.isAllCaps, let prev = context.word(i - 1), Self.placePrepositions.contains(prev.key),
              context.isNameWord(i), !context.isCommonLower(w), !context.isFirstName(w), !context.isSurname(w) else { return nil }
        if let next = context.word(i + 1), next.kind == .word, next.isCapitalized, w.spaceAfter { return nil }
        return EntityCandidate(i..<(i + 1), .location, rule: "place-after-preposition", priority: EntityPriority.context)
    }
}
