/// Stage 1, `cue-before`: a cue verb right before the quote, its subject before it in the sentence.
///
/// Shapes: `Le maire a déclaré « … »`; `…, a-t-il déclaré, « … »` (the second part of a quote cut by an incise);
/// `Le ministre a affirmé que « … »` and `Elle a rappelé qu’« … »` (`que-intro`).
enum CueBeforeSieve {
    static func propose(_ input: SieveInput) -> SieveProposal? {
        find(input.words, input.t, parser: input.parser, cues: input.cues).map { .mention($0, confidence: 0.9) }
    }

    /// The subject of cue `m`: its inverted pronoun, else the phrase before it (not before word `lower`).
    static func subject(_ w: [QuoteItem], _ m: CueVerbMatcher.Match, lower: Int, parser: SpeakerPhraseParser) -> SpeakerPhrase? {
        if let inv = m.invertedPronoun { return SpeakerPhrase.pronoun(w, inv) }
        return parser.backward(w, verbStart: m.start, lower: lower)
    }

    static func find(_ w: [QuoteItem], _ t: Int, parser: SpeakerPhraseParser, cues: CueVerbMatcher) -> SpeakerFind? {
        guard t > 0 else { return nil }
        let prev = w[t - 1]
        guard prev.key != ":", prev.sentence == w[t].sentence else { return nil }
        let s = ColonIntroductionSieve.sentenceStart(w, before: t)
        if QuoteFunctionWords.complementizer.contains(prev.key) {
            for k in max(s, t - 9)..<(t - 1) {
                if let m = cues.match(w, at: k, limit: t - 1), m.form == .finite, m.end >= t - 2 {
                    return subject(w, m, lower: s, parser: parser).map { SpeakerFind(phrase: $0, cue: m.lemma, rule: "que-intro") }
                }
            }
            return nil
        }
        // X a déclaré « … » / …, a-t-il déclaré, « … »
        let end = prev.key == "," ? t - 1 : t
        for k in max(s, end - 6)..<end {
            if let m = cues.match(w, at: k, limit: end), m.form == .finite, m.end == end {
                return subject(w, m, lower: s, parser: parser).map { SpeakerFind(phrase: $0, cue: m.lemma, rule: "cue-before") }
            }
        }
        return nil
    }
}
