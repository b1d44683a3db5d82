/// A list of three or more unknown capitalised words, the object of a verb, is a list of people named by
/// surname: `Je suis fier d’avoir recruté Bernardoni, Ferhat, Duljevic, Deaux`, `le coach a aligné Zinedka,
/// Bouanga et Mvoulou`, `ont voté Kerbrat, Mbowa et Tchakaloff`.
///
/// Every member is one word the dictionary does not know in lower case, no known place or organisation, no
/// acronym and no part of a longer name; a list after a place preposition (`à Goudargues, Cornillon et
/// Montclus`) is of places, and a member the dictionary knows as a proper noun (`Roubaix`) makes the list none.
extension EntityResolver {
    /// The `person-surname-list` pass: the members of a list of unknown one-word names.
    func addSurnameLists(_ chosen: inout [EntityCandidate]) {
        let words = context.words
        var taken = wordsCovered(by: chosen)
        var added = [EntityCandidate]()
        var i = 0
        while i < words.count {
            guard isSurnameListMember(i, taken: taken) else { i += 1; continue }
            let start = i
            var members = [i]
            var k = i + 1
            while k + 1 < words.count, words[k].text == "," || Self.surnameListLinks.contains(words[k].key), !words[k + 1].sentenceStart,
                  isSurnameListMember(k + 1, taken: taken) {
                members.append(k + 1)
                let closed = words[k].text != ","
                k += 2
                if closed { break }
            }
            i = k
            guard members.count >= 3, !members.contains(where: { context.isProperNoun(words[$0]) }) else { continue }
            // recruté Bernardoni, Ferhat…: the list is the object of a verb (`à travers Eucor, Euridice, Udice` names bodies).
            guard let lead = context.word(start - 1), lead.wordClass == .word, !lead.isCapitalized, !Self.surnameListPlaceLeads.contains(lead.key),
                  context.lexicon?.analyses(of: lead.text).contains(where: \.isVerb) == true else { continue }
            for m in members { added.append(EntityCandidate(m..<(m + 1), .person, rule: .personSurnameList, priority: EntityPriority.context)) }
        }
        guard !added.isEmpty else { return }
        chosen.append(contentsOf: added)
        chosen.sort { $0.range.lowerBound < $1.range.lowerBound }
    }

    private static let surnameListLinks: FormSet = FormSet(forms: LexicalTables.lines(.entityResolverListConjunctions))
    private static let surnameListPlaceLeads: FormSet = FormSet(forms: LexicalTables.lines(.entityPersonPlaceLeads) + LexicalTables.lines(.entityResolverListPrepositions))

    /// True when word `i` may be a member: one unknown capitalised word, free, no part of a longer name.
    private func isSurnameListMember(_ i: Int, taken: [Bool]) -> Bool {
        let w = context.words[i]
        guard !taken[i], w.wordClass == .word, w.isCapitalized, !w.isAllCaps, !w.isInitial, context.isNameWord(i), !context.isCommonLower(w),
              !context.isFirstName(w), context.knownName(at: i) == nil, w.text.count >= 3 else { return false }
        if let n = context.nextInSentence(i), n.wordClass == .word, n.isCapitalized, w.spaceAfter { return false }
        if !w.sentenceStart, let p = context.word(i - 1), p.wordClass == .word, p.isCapitalized, p.spaceAfter { return false }
        return true
    }
}
