/// A capitalised word the dictionary does not know at all (no common word, first name or surname) is a company
/// where companies are named: as the subject of a business verb (`Vivalto a racheté la clinique`) or after
/// `chez` (`chez Decathlon`, `chez Vivalto`).
enum CompanyByContext {
    static func candidates(_ context: EntityContext) -> [EntityCandidate] {
        var out = [EntityCandidate]()
        let words = context.words
        for i in words.indices where isCoinedName(i, context) {
            let afterChez = context.word(i - 1)?.keyText == "chez"
            var businessSubject = false
            if let aux = context.nextInSentence(i), aux.keyText == "a" || aux.keyText == "ont", let verb = context.nextInSentence(i + 1) {
                businessSubject = context.tables.businessVerbs.contains(verb.key)
            }
            guard afterChez || businessSubject else { continue }
            out.append(EntityCandidate(i..<(i + 1), .organisation, rule: .organisationCompanyContext, priority: EntityPriority.context))
        }
        return out
    }

    private static func isCoinedName(_ i: Int, _ context: EntityContext) -> Bool {
        let w = context.words[i]
        guard w.wordClass == .word, w.isCapitalized, !w.isAllCaps, !w.isInitial, context.isNameWord(i), !context.isKnown(w),
              !context.isFirstName(w), w.text.count >= 3 else { return false }
        // Part of a longer name (`Jean Vivalto`, `Vivalto Santé`): other rules decide.
        if let p = context.word(i - 1), p.wordClass == .word, p.isCapitalized, !p.sentenceStart || p.keyText != "chez" { return false }
        if let n = context.nextInSentence(i), n.wordClass == .word, n.isCapitalized { return false }
        return context.gazetteer.longestMatch(at: i, in: context.words) == nil
    }
}
