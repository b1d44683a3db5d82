/// Stage 1, `continuation`: a quote without a cue after an attributed quote of its paragraph has the same speaker
/// (a speaker goes on: `« A », explique X. Il ajoute qu’il faudra du temps. « B »`).
enum ContinuationSieve {
    static func propose(_ input: SieveInput) -> SieveProposal? {
        guard let prev = input.history.lastInParagraph, prev.paragraph == input.paragraph else { return nil }
        return .carried(QuoteAttribution(speaker: prev.attribution.speaker, cue: prev.attribution.cue, rule: "continuation",
                                         confidence: min(prev.attribution.confidence, 0.7), explicit: false))
    }
}
