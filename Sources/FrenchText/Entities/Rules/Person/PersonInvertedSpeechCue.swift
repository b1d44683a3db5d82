/// Two or three capitalised words after a speech verb inverted right after a quote, in any tense and with an object
/// pronoun or not: `« … », déplore Chérif Camara`, `« … », témoigne Gutenberg Destin, coordonnateur…`, `« … », nous
/// répond Ans Persoons`. The subject of such a verb is the quote's speaker, so its words may be first names the
/// lexicon does not know or common words (`Destin`, `Pape`). A known place or organisation (`», explique Amnesty
/// International`), a role, a place noun or an organisation's head noun opens none, nor does a single word but a
/// first name closing the clause (`« … », raconte Marc.`).
extension PersonRecognizer {
    /// Lemmas of the speech verbs (`déplorer`, `témoigner`), shared with quote attribution.
    static let speechVerbLemmas: Set<String> = Set(LexicalTables.lines(.cueVerbs))
    /// Object pronouns between the comma and the verb (`nous répond`), as lookup keys.
    static let cueClitics: FormSet = FormSet(forms: LexicalTables.lines(.entityPersonCueClitics))

    /// The `person-inverted-speech-cue` rule at word `i` (the verb).
    func invertedSpeechCueRule(at i: Int) -> [EntityCandidate]? {
        let w = words[i]
        guard w.wordClass == .word, !w.isCapitalized, let k = Optional(i + 1), k < words.count, isNameCandidate(k),
              !words[k].isAllCaps, !words[k].sentenceStart else { return nil }
        var b = i - 1
        if let c = context.word(b), c.wordClass == .word, Self.cueClitics.contains(c.key) { b -= 1 }
        guard let comma = context.word(b), comma.text == ",", context.word(b - 1)?.wordClass == .quote,
              let lexicon = context.lexicon, lexicon.lemmas(of: w.text).contains(where: { Self.speechVerbLemmas.contains($0) }) else { return nil }
        let first = words[k]
        if tables.roles.contains(first.key) || tables.placeNouns.contains(first.key) || tables.orgHeads[first.key] != nil
            || tables.orgIntroNouns.contains(first.key) || tables.placeContextNouns.contains(first.key) || tables.titles.contains(first.form) { return nil }
        // « … », raconte Marc.: a first name alone, no known name, closing the clause is the speaker too.
        if context.isFirstName(first), context.knownName(at: k) == nil, first.spaceAfter || context.word(k + 1)?.wordClass == .punctuation,
           context.word(k + 1).map({ $0.wordClass == .punctuation }) ?? true {
            return [EntityCandidate(k..<(k + 1), .person, rule: .personInvertedSpeechCue, priority: EntityPriority.person - 1)]
        }
        guard let end = nameEnd(from: k, strong: false, allowCommon: true), (2...3).contains(end - k),
              (k..<end).allSatisfy({ !words[$0].isAllCaps }) else { return nil }
        return [EntityCandidate(k..<end, .person, rule: .personInvertedSpeechCue, priority: EntityPriority.person - 1)]
    }
}
