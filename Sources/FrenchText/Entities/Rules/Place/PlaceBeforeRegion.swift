/// A town before its region in brackets: `Vevey (Vaud)`, `Lévis (Québec)`.
extension PlaceRecognizer {
    /// The `place-before-region` rule at word `i`.
    func beforeRegionRule(at i: Int) -> [EntityCandidate]? {
        guard words[i].wordClass == .word, let c = beforeBracketedRegion(at: i) else { return nil }
        return [c]
    }

    /// A town before its department, province or country in brackets: `Kerlouan (Finistère)`, `Seraing (Liège)`.
    func beforeBracketedRegion(at i: Int) -> EntityCandidate? {
        let w = words[i]
        guard let open = context.word(i + 1), open.text == "(", w.isCapitalized, !w.isAllCaps, context.isNameWord(i),
              let m = context.gazetteer.longestMatch(at: i + 2, in: words), m.entry.type == .location,
              m.entry.kind == .region || m.entry.kind == .country, context.word(i + 2 + m.length)?.text == ")" else { return nil }
        if w.sentenceStart && context.isCommonLower(w) { return nil }
        var start = i
        if let a = context.word(i - 1), EntityWordGroups.capitalisedArticles.contains(a.form), a.spaceAfter { start = i - 1 }
        // Jean Dupont (Belgique): a name before the town is a person's.
        if start == i, let p = context.word(i - 1), p.wordClass == .word, p.isCapitalized, !p.sentenceStart || context.isFirstName(p) { return nil }
        if context.isFirstName(w) && !context.isProperNoun(w) { return nil }
        return EntityCandidate(start..<(i + 1), .location, rule: .placeBeforeRegion, priority: EntityPriority.context + 5)
    }
}
