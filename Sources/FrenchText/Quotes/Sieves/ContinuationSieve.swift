/// Stage 1, `continuation`: a quote without a cue after an attributed quote of its paragraph has the same speaker
/// (a speaker goes on: `« A », explique X. Il ajoute qu’il faudra du temps. « B »`), or after speech reported since,
/// in the paragraph: the speaker of that speech.
enum ContinuationSieve {
    static func propose(_ input: SieveInput) -> SieveProposal? {
        guard let prev = input.history.lastInParagraph, prev.paragraph == input.paragraph else { return nil }
        // (`« A », lance X. Y explique que l’armoire servira aux foodtrucks. C’est-à-dire qu’elle « B »`: the speech
        // reported since the last quote, in this paragraph, is the one going on)
        let last = input.history.lastAttribution.flatMap { $0.paragraph == input.paragraph && $0.attribution.speaker != nil ? $0.attribution : nil }
            ?? prev.attribution
        return .carried(QuoteAttribution(speaker: last.speaker, cue: last.cue, rule: "continuation",
                                         confidence: min(last.confidence, 0.7), explicit: false))
    }
}
