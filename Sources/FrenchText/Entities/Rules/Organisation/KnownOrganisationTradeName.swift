/// A known organisation and the capitalised words that name one of its divisions, trades or branches:
/// `Airbus Defence and Space`, `Vinci Energies`, `CGT Cheminots`, `Orange Business`. A place after the name is
/// its section (`ACAT Burundi`, ``KnownNameRecognizer``); a person's name after it is no part of it
/// (`la CGT Philippe Martinez`, `le MR Georges-Louis Bouchez`).
extension KnownNameRecognizer {
    /// The end of the trade or branch name after a known organisation ending at `end`, or nil when none follows.
    func tradeNameEnd(after end: Int) -> Int? {
        let words = context.words
        var k = end
        var last: Int?
        while k < words.count, k - end < 4, words[k - 1].spaceAfter {
            let w = words[k]
            if last != nil, w.wordClass == .word, OrganisationRecognizer.englishLinks.contains(w.form) || w.text == "&",
               let n = context.nextInSentence(k), n.isCapitalized, n.wordClass == .word { k += 1; continue }
            guard w.wordClass == .word, w.isCapitalized, !w.isAllCaps, !w.sentenceStart, context.isNameWord(k), !w.isInitial,
                  !context.isFirstName(w), context.knownName(at: k) == nil else { break }
            // A surname the dictionary knows, or a word that opens a clause, is no trade word.
            if context.isSurname(w) && !context.isCommonLower(w) && !context.tables.companyNameWords.contains(w.form) { break }
            last = k; k += 1
        }
        guard let last else { return nil }
        // l’échevin PS Lotfi Mostefa: after an acronym, two words the dictionary does not know at all, then a lower-case
        // word or a stop, are a person's name (a foreign first name and a surname), not a branch.
        if words[end - 1].isAllCaps, last == end + 1, !context.isKnown(words[end]), !context.isKnown(words[last]),
           !context.tables.companyNameWords.contains(words[end].form), !context.tables.companyNameWords.contains(words[last].form),
           context.nextInSentence(last).map({ !($0.wordClass == .word && $0.isCapitalized) }) ?? true { return nil }
        // le PSG Mbappé a marqué: a lone unknown word before a verb is rather a person.
        if last == end, !context.isCommonLower(words[last]), !context.tables.companyNameWords.contains(words[last].form), context.isKnown(words[last]) == false,
           let next = context.nextInSentence(last), next.wordClass == .word, !next.isCapitalized, context.isVerbForm(next) { return nil }
        return last + 1
    }
}
