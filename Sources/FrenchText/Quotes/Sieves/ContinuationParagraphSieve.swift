/// Stage 1, `continuation:paragraph`: a quote running over several paragraphs has one speaker. A paragraph that
/// reopens the quote the paragraph before left open (`« A… ¶ « B… »`, the press convention) takes the speaker of its
/// previous part; a quote attributed only in its last paragraph gives its speaker back to its first parts
/// (``backfill(_:_:)``).
enum ContinuationParagraphSieve {
    static func propose(_ input: SieveInput) -> SieveProposal? {
        let c = input.candidates[input.candidate]
        guard input.regions[c.region].continuesPrevious, c.region > 0, let last = input.partsOfRegion[c.region - 1].last,
              let prev = input.candidates[last].attribution else { return nil }
        return .carried(QuoteAttribution(speaker: prev.speaker, cue: prev.cue, rule: "continuation:paragraph",
                                         confidence: min(prev.confidence, 0.9), explicit: false))
    }

    /// A multi-paragraph quote (`chain`: its parts' candidate indices) attributed only at its end: its speaker
    /// carried back to the parts without one of their own.
    static func backfill(_ chain: [Int], _ candidates: inout [QuoteExtractor.Candidate]) {
        guard chain.count > 1, let source = chain.first(where: { candidates[$0].attribution?.explicit == true }),
              let a = candidates[source].attribution else { return }
        for ci in chain where candidates[ci].attribution?.explicit != true {
            candidates[ci].attribution = QuoteAttribution(speaker: a.speaker, cue: a.cue, rule: "continuation:paragraph",
                                                          confidence: min(a.confidence, 0.85), explicit: false)
            candidates[ci].trace.append(.continuationBackfill)
        }
    }
}
