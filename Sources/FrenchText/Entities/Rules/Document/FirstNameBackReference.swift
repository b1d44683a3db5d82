/// A person named in full is often named again by the first name alone, in sports, human-interest and political
/// writing alike: `Remco Evenepoel … « Remco a perdu du temps »`, `son coéquipier João Almeida … João va passer des
/// radios`, `Macky Sall … le magistère de Macky`. Document-level consistency: the first word of a full name found
/// elsewhere in the text is that person where it comes back alone, capitalised, with no capitalised word right
/// after it (`João Almeida` again is the full name) and not itself a known place or organisation.
extension EntityResolver {
    /// The `person-first-name-back-reference` pass.
    func addFirstNameBackReferences(_ chosen: inout [EntityCandidate]) {
        let words = context.words
        var fullName = [FormID: String]()
        var surnames = Set<FormID>()
        for c in chosen where c.type == .person && c.range.count >= 2 {
            surnames.insert(words[c.range.upperBound - 1].key)
            let first = words[c.range.lowerBound]
            guard first.wordClass == .word, first.isCapitalized, !first.isAllCaps, !first.isInitial, first.text.utf8.count >= 3,
                  !EntityContext.functionWords.contains(first.key), fullName[first.key] == nil else { continue }
            var name = ""
            for p in c.range { name += words[p].text + (p < c.range.upperBound - 1 && words[p].spaceAfter ? " " : "") }
            fullName[first.key] = c.canonical ?? name
        }
        // A word that is some person's surname is linked to that person by ``linkSurnames(_:)``.
        for s in surnames { fullName[s] = nil }
        guard !fullName.isEmpty else { return }
        let taken = wordsCovered(by: chosen)
        var added = [EntityCandidate]()
        for i in words.indices where !taken[i] {
            let w = words[i]
            guard w.wordClass == .word, w.isCapitalized, !w.isAllCaps, let full = fullName[w.key] else { continue }
            if w.sentenceStart && context.isCommonLower(w) { continue }
            if let next = context.nextInSentence(i), next.wordClass == .word, next.isCapitalized, w.spaceAfter { continue }
            // (after a capitalised word, unless a common word opening the sentence: `Selon Tadej`)
            if !w.sentenceStart, let prev = context.word(i - 1), prev.wordClass == .word, prev.isCapitalized, prev.spaceAfter,
               !EntityWordGroups.capitalisedArticlesOrElided.contains(prev.form), !(prev.sentenceStart && context.isCommonLower(prev)) { continue }
            if context.knownName(at: i) != nil { continue }
            added.append(EntityCandidate(i..<(i + 1), .person, rule: .personFirstNameBackReference, priority: EntityPriority.context, canonical: full))
        }
        guard !added.isEmpty else { return }
        chosen.append(contentsOf: added)
        chosen.sort { $0.range.lowerBound < $1.range.lowerBound }
    }
}
