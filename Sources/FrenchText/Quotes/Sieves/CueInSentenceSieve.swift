/// Stage 1, `cue-in-sentence`: a cue earlier in the quote's sentence, not right before it.
///
/// Shapes: `Tisséo indique avoir « renforcé la présence humaine »`; `la présidence a indiqué qu’elle « partage les
/// inquiétudes »`; `salué par Le Monde comme « … »` (a past participle and its agent, not `interrogé par RFI`);
/// `…, le ministre a rejeté ces accusations, affirmant que « … »` (a present participle: the sentence's subject);
/// `Le Groupe Mutuel estime, par la voix de sa porte-parole Lea Zbinden, que « … »` (the voice speaks).
enum CueInSentenceSieve {
    static func propose(_ input: SieveInput) -> SieveProposal? {
        find(input.words, input.t, from: input.s, parser: input.parser, cues: input.cues).map { .mention($0, confidence: 0.75) }
    }

    /// Verbs whose agent asks rather than speaks (`interrogé par`, `sollicité par`).
    static let askingLemmas: Set<String> = Set(LexicalTables.lines(.quoteAskingLemmas))

    static func find(_ w: [QuoteItem], _ t: Int, from s: Int, parser: SpeakerPhraseParser, cues: CueVerbMatcher) -> SpeakerFind? {
        var best: (match: CueVerbMatcher.Match, phrase: SpeakerPhrase)?
        var k = s
        while k < t {
            if w[k].isQuote { best = nil }  // a cue before an earlier quote belongs to that quote
            guard w[k].isWord, let m = cues.match(w, at: k, limit: t) else { k += 1; continue }
            switch m.form {
            case .finite:
                let phrase = m.invertedPronoun.map { SpeakerPhrase.pronoun(w, $0, after: m) } ?? parser.backward(w, verbStart: m.start, lower: s)
                if let voice = voice(w, after: m.end, limit: t, parser: parser) {
                    best = (m, voice)  // Le Groupe Mutuel estime, par la voix de sa porte-parole Lea Zbinden, que « … »
                } else if let p = phrase { best = (m, p) }
            case .pastParticiple:
                // salué par Le Monde comme « … » (but « interrogé par RFI »: the one asking does not speak)
                if m.end + 1 < t, w[m.end].key == QuoteFunctionWords.agentPrepositionWord, !Self.askingLemmas.contains(m.lemma),
                   let p = parser.phrase(w, at: m.end + 1, limit: t, generic: true) { best = (m, p) }
            case .presentParticiple:
                // …, le ministre a rejeté ces accusations, affirmant que « … »: the subject of the sentence.
                if let p = sentenceSubjectPhrase(w, from: s, limit: m.start, parser: parser) { best = (m, p) }
            }
            k = m.end
        }
        return best.map { SpeakerFind(phrase: $0.phrase, cue: $0.match.lemma, rule: "cue-in-sentence") }
    }

    /// `, par la voix de sa porte-parole Lea Zbinden,` after a cue: the named person speaks for the subject.
    static func voice(_ w: [QuoteItem], after k: Int, limit: Int, parser: SpeakerPhraseParser) -> SpeakerPhrase? {
        var i = k
        if i < limit, w[i].key == "," { i += 1 }
        guard i + 3 < limit, w[i].key == QuoteFunctionWords.agentPrepositionWord, w[i + 1].key == QuoteFunctionWords.feminineDefiniteWord,
              w[i + 2].key == QuoteFunctionWords.voiceNounWord else { return nil }
        i += 3
        guard SpeakerPhraseParser.singularDeForms.contains(w[i].key) else { return nil }
        if w[i].key != QuoteFunctionWords.duWord { i += 1 }
        guard let p = parser.phrase(w, at: i, limit: limit, generic: true), p.form == .name || p.form == .role else { return nil }
        return p
    }

    /// The subject opening the sentence, possibly after one introductory clause (`Interrogé par RFI, le ministre…`).
    static func sentenceSubjectPhrase(_ w: [QuoteItem], from s: Int, limit: Int, parser: SpeakerPhraseParser) -> SpeakerPhrase? {
        var start = s
        for _ in 0..<2 {
            if start < limit, let p = parser.phrase(w, at: start, limit: limit, generic: true), p.form != .unnamed || p.roleLemma != nil,
               p.nextWord < limit {
                return p
            }
            guard let comma = (start..<limit).first(where: { w[$0].key == "," }) else { return nil }
            start = comma + 1
        }
        return nil
    }
}
