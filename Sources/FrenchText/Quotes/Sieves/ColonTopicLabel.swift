/// Stage 1 guard for `colon-name`: one capitalised word before the colon that the entity tagger reads as no person and
/// no organisation, and the lexicon as no first name, is a topic label heading the quote (`Brexit : « … »`,
/// `Inflation : « … »`), not its speaker; a surname the tagger knows still speaks (`Macron : « … »`), and so does a
/// first name (`Julie : « … »`). Without entities (a caller that gives none) nothing changes.
///
/// ```swift
/// // "Brexit : « Nous ne reviendrons pas sur le vote. »"
/// ColonTopicLabel.isTopic(phrase, input)   // true: the quote has no speaker
/// ```
enum ColonTopicLabel {
    static func isTopic(_ p: SpeakerPhrase, _ input: SieveInput) -> Bool {
        guard let named = input.named, p.titleGender == nil, p.roleLemma == nil, !p.isOrganisation, p.nameWords.count == 1,
              !named.contains(p.nameStart) else { return false }
        return !input.parser.isFirstNameWord(p.nameWords[0])
    }
}
