/// An acronym written in title case, alone in brackets right after an organisation's name or a phrase headed by an
/// organisation noun, names that organisation: `Syndicat des travailleurs de la santé (Syntras)`, `Coopérative
/// agricole du Fromager (Coopadef)`, `le syndicat des grévistes (Conasysed)`. A dictionary word (`(Seuil)`), a known
/// name (`(Calvados)`) or a first name in the brackets is none.
extension OrganisationRecognizer {
    func isTitleCaseAcronymInBrackets(_ i: Int) -> Bool {
        let w = words[i]
        guard w.wordClass == .word, w.isCapitalized, !w.isAllCaps, (4...9).contains(w.text.count),
              w.text.unicodeScalars.dropFirst().allSatisfy({ $0.isLowercaseProperty }),
              context.word(i - 1)?.text == "(", context.word(i + 1)?.text == ")",
              context.lexicon?.analyses(of: w.text).isEmpty != false, context.lexicon?.analyses(of: w.text.lowercased()).isEmpty != false,
              context.knownName(at: i) == nil, !context.isFirstName(w) else { return false }
        if namesGroupInBrackets(i) { return true }
        // Syndicat des Travailleurs de la Santé (Syntras): a capitalised organisation noun inside the sentence.
        var k = i - 2
        while k >= 0, k >= i - 10 {
            let x = words[k]
            if x.wordClass == .word, x.isCapitalized, !x.sentenceStart, tables.orgHeads[x.key] != nil { return true }
            if x.sentenceStart || x.text == ")" || x.text == "." { return false }
            k -= 1
        }
        return false
    }
}
