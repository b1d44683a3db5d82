/// Stage 1, `same-sentence:participle`: a quote inside a participial clause of speech (`ajoutant que`, `précisant
/// que`, `estimant que`) that follows an attributed quote of its sentence: the participle has no subject of its own,
/// it continues the speech of that quote's speaker, whoever the clause then names.
///
/// Shapes: `« A », avait affirmé M. Benali, ajoutant que le pays voudrait que « B ».`; `« A », a déclaré la
/// porte-parole, soulignant que son gouvernement souhaitait que « B ».`; `Selon X, « A », estimant que « B ».`
/// A cue with a named subject inside the clause (`ajoutant que Paul Durand avait déclaré « B »`) gives the quote to
/// that name instead (the later sieves read it).
enum ParticipleContinuationSieve {
    static func propose(_ input: SieveInput) -> SieveProposal? {
        guard let prev = input.history.sentenceAttribution, prev.speaker != nil,
              found(input.words, input.t, from: input.s, parser: input.parser, cues: input.cues) else { return nil }
        return .carried(QuoteAttribution(speaker: prev.speaker, cue: prev.cue, rule: "same-sentence",
                                         confidence: min(prev.confidence, 0.85), explicit: false))
    }

    /// True when a participle of speech stands between the previous quote of the sentence and quote `t`, with no
    /// cue of a named subject after it.
    static func found(_ w: [QuoteItem], _ t: Int, from s: Int, parser: SpeakerPhraseParser, cues: CueVerbMatcher) -> Bool {
        guard let previous = (s..<t).last(where: { w[$0].isQuote }) else { return false }
        var k = previous + 1
        var participle: Int?
        while k < t {
            if let m = cues.match(w, at: k, limit: t) {
                if m.form == .presentParticiple, participle == nil, k > previous + 1, w[k - 1].key == "," {
                    participle = m.end
                } else if participle != nil, m.form == .finite, m.invertedPronoun == nil,
                          let p = parser.backward(w, verbStart: m.start, lower: participle!), p.form == .name, !p.isOrganisation {
                    return false  // ajoutant que Paul Durand avait déclaré « … »
                }
                k = m.end
            } else {
                k += 1
            }
        }
        return participle != nil
    }
}
