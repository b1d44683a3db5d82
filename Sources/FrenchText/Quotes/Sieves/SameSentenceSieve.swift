/// Stage 1, `same-sentence`: a second quote in the sentence of an attributed one has the same speaker.
///
/// Shapes: `« A », a déclaré X, avant d’ajouter : « B ».`; `Elle dénonce « A » et « B ».`
enum SameSentenceSieve {
    static func propose(_ input: SieveInput) -> SieveProposal? {
        guard let prev = input.history.sentenceAttribution else { return nil }
        return .carried(QuoteAttribution(speaker: prev.speaker, cue: prev.cue, rule: "same-sentence",
                                         confidence: min(prev.confidence, 0.8), explicit: false))
    }
}
