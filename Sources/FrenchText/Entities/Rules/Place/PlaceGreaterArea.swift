/// A metropolitan area is named by `Grand` and its town: `le projet d’agglomération du Grand Genève`, `elle vit à
/// Grand Mamoudzou`, `chargé du Grand Paris`, `le Grand Montréal`. The area is one place, not the town alone; a
/// capitalised word after the town makes another name (`Grand Paris Express`).
extension PlaceRecognizer {
    /// The `place-greater-area` rule at word `i`.
    func greaterAreaRule(at i: Int) -> [EntityCandidate]? {
        let w = words[i]
        guard w.wordClass == .word, w.spaceAfter, EntityWordGroups.greaterAreaPrefix.contains(w.form),
              let next = context.nextInSentence(i), next.wordClass == .word, next.isCapitalized,
              let m = context.gazetteer.longestMatch(at: i + 1, in: words, where: { $0.kind == .city }) else { return nil }
        let end = i + 1 + m.length
        if words[end - 1].spaceAfter, let after = context.nextInSentence(end - 1), after.wordClass == .word, after.isCapitalized { return nil }
        return [EntityCandidate(i..<end, .location, rule: .placeGreaterArea, priority: EntityPriority.pattern)]
    }
}
