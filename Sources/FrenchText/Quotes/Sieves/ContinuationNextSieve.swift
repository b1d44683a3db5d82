/// Stage 1, `continuation:next` (a document sieve): a quote left without a speaker, or carried over from the
/// paragraph before, takes the speaker of the next quote of its paragraph that names one.
///
/// Shape: `« A. » Le témoignage de B est accablant… « C », rapporte B.` → A is B's too.
enum ContinuationNextSieve {
    static func apply(_ candidates: inout [QuoteExtractor.Candidate]) {
        for ci in candidates.indices where candidates[ci].kind == .direct {
            guard let rule = candidates[ci].attribution?.rule, rule == "unattributed" || rule == "continuation:previous-paragraph" else { continue }
            var next: QuoteExtractor.Candidate?
            for later in candidates[(ci + 1)...] {
                guard later.paragraph == candidates[ci].paragraph else { break }
                if later.kind == .direct, later.attribution?.explicit == true { next = later; break }
            }
            if let a = next?.attribution {
                candidates[ci].attribution = QuoteAttribution(speaker: a.speaker, cue: a.cue, rule: "continuation:next",
                                                              confidence: min(a.confidence, 0.5), explicit: false)
                candidates[ci].trace.append(.continuationNext)
            }
        }
    }
}
