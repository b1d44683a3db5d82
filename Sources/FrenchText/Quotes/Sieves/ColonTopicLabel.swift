/// Stage 1 guard for `colon-name`: one capitalised word before the colon that the entity tagger reads as no person and
/// no organisation, and the lexicon as no first name, is a topic label heading the quote (`Brexit : « … »`,
/// `Inflation : « … »`, a rubric in capitals `CITATION : « … »`), not its speaker; a surname the tagger knows still speaks (`Macron : « … »`), and so does a
/// first name (`Julie : « … »`). Without entities (a caller that gives none) nothing changes.
///
/// ```swift
/// // "Brexit : « Nous ne reviendrons pas sur le vote. »"
/// ColonTopicLabel.isTopic(phrase, input)   // true: the quote has no speaker
/// ```
enum ColonTopicLabel {
    static func isTopic(_ p: SpeakerPhrase, _ input: SieveInput) -> Bool {
        guard let named = input.named, p.titleGender == nil, p.roleLemma == nil, p.nameWords.count == 1,
              !named.contains(p.nameStart) else { return false }
        if p.isOrganisation { return isCommonWordInCapitals(p.nameWords[0], input.parser) }
        return !input.parser.isFirstNameWord(p.nameWords[0])
    }

    /// A common word written in capitals, as a rubric (`CITATION`, `ÉDITO`, `VIDÉO`), that the phrase reader took for
    /// an acronym: four letters or more, every letter a capital, and the lexicon knows it in lower case.
    static func isCommonWordInCapitals(_ word: String, _ parser: SpeakerPhraseParser) -> Bool {
        guard word.count >= 4, word.allSatisfy({ $0.isLetter && $0.isUppercase }) else { return false }
        return !parser.morphology.analyses(QuoteLexicon.key(word)).isEmpty
    }
}
