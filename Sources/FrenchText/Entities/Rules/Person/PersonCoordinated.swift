/// An unknown capitalised word coordinated with people is a person: `Darmanin, Retailleau et Attal ont voté`,
/// `Attal et Borne sont arrivés`, `entre Dupont, Martin et Kerbrat`; a two-word name in a list of full names
/// (`Nadine Le Moigne, Margareth Low, Pierre Moisan`).
///
/// A list needs `et`/`ou` or a comma followed by another member; a word the dictionary knows in lower case
/// (`Directeur`), a known name, an acronym or a word inside a longer capitalised name is no member.
extension EntityResolver {
    /// Words joining the members of a list of names (`et`, `ou`), as lookup keys.
    private static let coordinators: FormSet = FormSet(forms: LexicalTables.lines(.entityResolverListConjunctions))

    /// The `person-coordinated` pass: members of a list of people that no rule found.
    func addCoordinatedPeople(_ chosen: inout [EntityCandidate]) {
        let words = context.words
        var taken = wordsCovered(by: chosen)
        var people = chosen.filter { $0.type == .person }.map(\.range)
        var added = [EntityCandidate]()
        var rounds = 0
        while !people.isEmpty, rounds < 6 {
            rounds += 1
            var next = [Range<Int>]()
            for r in people {
                for i in [r.upperBound + 1, r.lowerBound - 2] where i >= 0 && i < words.count && !taken[i] {
                    guard isListMember(i, beside: r, taken: taken) else { continue }
                    taken[i] = true
                    next.append(i..<(i + 1))
                    added.append(EntityCandidate(i..<(i + 1), .person, rule: .personCoordinated, priority: EntityPriority.context))
                }
                // Nadine Le Moigne, Margareth Low, Pierre Moisan: a first name and a surname after a full name.
                let i = r.upperBound + 1
                if r.count >= 2, i + 1 < words.count, !taken[i], !taken[i + 1], isListPairMember(i) {
                    taken[i] = true; taken[i + 1] = true
                    next.append(i..<(i + 2))
                    added.append(EntityCandidate(i..<(i + 2), .person, rule: .personCoordinated, priority: EntityPriority.context))
                }
            }
            people = next
        }
        guard !added.isEmpty else { return }
        chosen.append(contentsOf: added)
        chosen.sort { $0.range.lowerBound < $1.range.lowerBound }
    }

    /// True when words `i` and `i + 1`, after a comma that follows a full name, are two capitalised names the
    /// gazetteer does not know, the first no common word unless a first name, and the list goes on after them.
    private func isListPairMember(_ i: Int) -> Bool {
        let words = context.words
        guard words[i - 1].text == ",", !words[i - 1].sentenceStart, !words[i].sentenceStart, !words[i + 1].sentenceStart else { return false }
        let a = words[i], b = words[i + 1]
        guard a.wordClass == .word, b.wordClass == .word, a.isCapitalized, b.isCapitalized, !a.isAllCaps, !b.isAllCaps, a.spaceAfter,
              context.isNameWord(i), context.isNameWord(i + 1), !context.isCommonLower(a) || context.isFirstName(a),
              context.knownName(at: i) == nil, context.knownName(at: i + 1) == nil,
              let f = context.nextInSentence(i + 1) else { return false }
        return f.text == "," || Self.coordinators.contains(f.key)
    }

    /// True when word `i`, just before or after the person at `r` with a comma or a conjunction between them,
    /// is a one-word unknown name in the same list.
    private func isListMember(_ i: Int, beside r: Range<Int>, taken: [Bool]) -> Bool {
        let words = context.words
        let after = i > r.lowerBound
        let sepIndex = after ? i - 1 : i + 1
        let sep = words[sepIndex]
        let isComma = sep.text == ","
        guard isComma || Self.coordinators.contains(sep.key) else { return false }
        if after ? words[sepIndex].sentenceStart || words[i].sentenceStart : words[r.lowerBound].sentenceStart || words[sepIndex].sentenceStart { return false }
        let w = words[i]
        guard w.wordClass == .word, w.isCapitalized, !w.isAllCaps, context.isNameWord(i), !context.isCommonLower(w),
              context.knownName(at: i) == nil else { return false }
        // Not inside a longer name: no capitalised word or taken word just before or after.
        if let n = context.nextInSentence(i), n.wordClass == .word, n.isCapitalized, w.spaceAfter { return false }
        if !w.sentenceStart, let p = context.word(i - 1), p.wordClass == .word, p.isCapitalized,
           !(p.sentenceStart && context.isCommonLower(p)) { return false }
        guard isComma else { return true }
        // la conseillère de Val-Bélair, Bianca Dussault: a complement before an apposed name is no list member.
        if !after, let de = context.word(i - 1), OrganisationRecognizer.deForms.contains(de.key) { return false }
        // A comma makes a list only when the list goes on: `Darmanin, Retailleau et …`, `Attal, Darmanin et Borne`.
        let following = after ? context.nextInSentence(i) : context.nextInSentence(r.upperBound - 1)
        guard let f = following else { return false }
        return f.text == "," || Self.coordinators.contains(f.key)
    }
}
