/// A name whose first word the dictionary does not know, before a first name it knows: `Houssamoudine Abdallah`,
/// `Soibahadine Ibrahim Ramadani`, `Asaduzzaman Khan Kamal`. Names of the Comoros, the Maghreb, West Africa or South
/// Asia often open with a given name no French dictionary lists, so the first-name rules find only the end of them.
/// The capitalised words right before such a person (two at most, in the sentence, joined by spaces) belong to the
/// name when the dictionary does not know them or knows them only as names; a common word (`Selon Ibrahim`), a title,
/// a month or a known place or organisation (`Dakar Ibrahim`) ends the extension.
extension EntityResolver {
    /// The `extend-given-name` pass.
    func extendUnknownGivenNames(_ chosen: inout [EntityCandidate]) {
        let words = context.words
        var taken = wordsCovered(by: chosen)
        for n in chosen.indices where chosen[n].type == .person {
            let first = chosen[n].range.lowerBound
            guard !words[first].sentenceStart, context.isFirstName(words[first]) else { continue }
            var start = first
            var unknown = false
            while first - start < 2, start > 0, !taken[start - 1], isGivenNameWord(start - 1) {
                start -= 1
                if !context.isKnown(words[start]) { unknown = true }
                if words[start].sentenceStart { break }
            }
            // la conseillère du Vieux-Rosemont Christine Gosselin, à Mutsamudu Ibrahim…: a capital after `de`, an
            // article or a place preposition is the complement's place or name, not the person's.
            if start < first, start > 0, let p = context.word(start - 1), OrganisationRecognizer.deForms.contains(p.key)
                || EntityWordGroups.definiteArticle.contains(p.key) || PlaceRecognizer.placePrepositions.contains(p.key) { continue }
            guard start < first, unknown else { continue }
            chosen[n].range = start..<chosen[n].range.upperBound
            chosen[n].canonical = nil
            chosen[n].passes.append(.extendGivenName)
            for k in start..<first { taken[k] = true }
        }
    }

    /// True when the word at `k` can open a person's name before a first name: capitalised (not in capitals), followed
    /// by a space, unknown to the dictionary or known only as a name, and no title, month or known place or organisation.
    private func isGivenNameWord(_ k: Int) -> Bool {
        let w = context.words[k]
        guard w.wordClass == .word, w.isCapitalized, !w.isAllCaps, !w.isInitial, w.spaceAfter, context.isNameWord(k),
              context.knownName(at: k) == nil else { return false }
        return !context.isKnown(w) || context.isFirstName(w) || context.isSurname(w) || !context.isCommonLower(w)
    }
}
