/// Stage 1's resolution step: a speaker phrase a sieve read (``SpeakerFind``) resolved across the document into an
/// attribution, its confidence lowered when the phrase is a pronoun or a role the document does not name.
///
/// ```swift
/// // « … », a déclaré la ministre.  (no minister named)  → speaker "la ministre", confidence 0.95 × 0.9
/// ```
extension QuoteExtractor {
    func make(_ f: Found, rule: String, confidence: Double, resolver: inout SpeakerResolver) -> Attribution {
        guard let p = f.phrase else { return Attribution(speaker: nil, cue: f.cue, rule: rule, confidence: confidence * 0.5, explicit: true) }
        let r = resolver.resolve(p, mention: resolver.parser.text(p.start, p.end))
        var c = confidence
        if p.form == .pronoun { c *= r.name == nil ? 0.6 : 0.9 }
        if p.form == .role, r.name == nil { c *= 0.9 }
        return Attribution(speaker: r, cue: f.cue, rule: rule, confidence: (c * 100).rounded() / 100, explicit: true)
    }
}

extension SpeakerPhrase {
    /// The pronoun at word `i` as a speaker phrase (`-t-il` after `a-t-il déclaré`); the phrase ends after the cue `m`.
    static func pronoun(_ w: [QuoteItem], _ i: Int, after m: CueVerbMatcher.Match? = nil) -> SpeakerPhrase {
        var p = SpeakerPhrase(form: .pronoun, start: w[i].start, end: w[i].end, nextWord: max(i + 1, m?.end ?? 0))
        p.pronoun = w[i].key
        return p
    }
}
