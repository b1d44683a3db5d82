/// A sports or concert venue named with an English last word: `Tissot Arena`, `Roazhon Park`, `BCF Arena`. A
/// venue named after its sponsor is the place, not the company (`Accor Arena`): the rule outranks known names.
extension PlaceRecognizer {
    /// Last words of a venue's name (`Arena`, `Stadium`), as written.
    static let venueSuffixes: FormSet = FormSet(forms: Set(LexicalTables.lines(.entityPlaceVenueSuffixes)))

    /// The `place-venue` rule at word `i`, the venue's last word.
    func venueRule(at i: Int) -> [EntityCandidate]? {
        let w = words[i]
        guard w.wordClass == .word, Self.venueSuffixes.contains(w.form), !w.sentenceStart, let start = venueNameStart(before: i) else { return nil }
        return [EntityCandidate(start..<(i + 1), .location, rule: .placeVenue, priority: EntityPriority.gazetteer + 1)]
    }

    /// The first word of the one to three capitalised words (or capitals) right before `i`, or nil.
    private func venueNameStart(before i: Int) -> Int? {
        var k = i
        while k > 0, i - k < 3, let p = context.word(k - 1), p.wordClass == .word, p.isCapitalized, p.spaceAfter {
            k -= 1
            if p.sentenceStart { break }
        }
        guard k < i else { return nil }
        // A lone common word opening the sentence (`Notre Arena`) names no venue.
        if i - k == 1, words[k].sentenceStart, context.isCommonLower(words[k]) { return nil }
        return k
    }
}
