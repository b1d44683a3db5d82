/// Reported speech without quotation marks (`X a affirmé que …`, `…, a indiqué X.`, `Selon X, …`),
/// reported as `indirect`, never `direct`.
///
/// ```swift
/// // "Les discussions sont suspendues, a indiqué le ministre."
/// // → indirect "Les discussions sont suspendues", speaker "le ministre", rule `indirect:incise`
/// ```
extension QuoteExtractor {
    /// Words that may follow the speaker of an incise (`…, a indiqué la préfecture à France 3`, `…, a dit M. X avant de…`).
    static let inciseTails: Set<String> = Set(LexicalTables.lines(.quoteInciseTails))
    /// `selon` and `après` (of `d’après`) as ids, compared with a word's ``QuoteItem/keyID``.
    static let selonWordIDs = FormSet(forms: QuoteFunctionWords.selonWord)
    static let afterWordIDs = FormSet(forms: QuoteFunctionWords.afterWord)

    /// Reported speech without marks in sentence `r`: `…, a indiqué X.`, `X a affirmé que …`, `Selon X, …`.
    func indirect(_ w: [QuoteItem], _ r: Range<Int>, scalars: [Unicode.Scalar], parser: SpeakerPhraseParser,
                          cues: CueVerbMatcher, resolver: inout SpeakerResolver) -> Indirect? {
        let s = r.lowerBound, e = r.upperBound
        var last = e - 1
        while last > s, w[last].isPunctuation, [".", "!", "?", "…", ",", ";", ":", "—", "–", "-", "(", "["].contains(w[last].key) { last -= 1 }
        func result(_ start: Int, _ end: Int, _ found: Found, rule: String, confidence: Double) -> Indirect? {
            guard end > start, Self.wordCount(scalars, start..<end) >= 3 else { return nil }
            let a = make(found, rule: rule, confidence: confidence, resolver: &resolver)
            return Indirect(start: start, end: end, paragraph: w[s].paragraph, attribution: a)
        }
        var k = s
        while k < e {
            let key = w[k].key
            if key == ",", let m = cues.match(w, at: k + 1, limit: e), m.form == .finite {
                // The incise is a speaker and nothing else: « …, réclame un repas à 1 euro » is a main clause, not an incise.
                if let p = m.invertedPronoun.map({ SpeakerPhrase.pronoun(w, $0, after: m) }) ?? parser.forward(w, at: m.end, limit: e),
                   p.nextWord >= e || w[p.nextWord].isBoundary || Self.inciseTails.contains(w[p.nextWord].key),
                   p.form == .name || p.form == .pronoun || p.isOrganisation
                    || p.roleLemma.map({ table.roleNouns[$0] != nil || table.generalPersonNouns.contains($0) }) == true,
                   // …and what it reports is a statement, with a verb of its own.
                   (Array(s..<k) + Array(min(p.nextWord, e)..<e)).contains(where: {
                       w[$0].isWord && (parser.isFiniteVerbWord(w[$0].key) || CueVerbMatcher.auxiliaries.contains(w[$0].key))
                   }) {
                    var n = p.nextWord
                    while n < e, !(w[n].isPunctuation && w[n].key == ",") { n += 1 }
                    let atEnd = n >= e || n >= last
                    let end = atEnd ? w[k].start : w[last].end
                    if k > s, let ind = result(w[s].start, end, Found(phrase: p, cue: m.lemma, rule: ""), rule: "indirect:incise", confidence: 0.8) {
                        return ind
                    }
                }
            }
            if w[k].isWord, !w[k].isInverted, let m = cues.match(w, at: k, limit: e), m.form == .finite, m.invertedPronoun == nil {
                var q = m.end
                if q < e, w[q].isWord, q + 1 < e, QuoteFunctionWords.complementizer.contains(w[q + 1].key),
                   !QuoteFunctionWords.complementizerFull.contains(w[q].key) { q += 1 }
                if q < e, QuoteFunctionWords.complementizer.contains(w[q].key), q + 1 <= last, let p = parser.backward(w, verbStart: m.start, lower: s) {
                    if let ind = result(w[q + 1].start, w[last].end, Found(phrase: p, cue: m.lemma, rule: ""), rule: "indirect:que", confidence: 0.8) {
                        return ind
                    }
                }
                k = m.end
                continue
            }
            // (ids: these tables hold words only, and a mark's id is the empty form's)
            if Self.selonWordIDs.contains(w[k].keyID) || (Self.afterWordIDs.contains(w[k].keyID) && k > s && QuoteFunctionWords.deApostrophe.contains(w[k - 1].key)) {
                let opener = QuoteFunctionWords.selonWord.contains(key) ? k : k - 1
                if let p = parser.phrase(w, at: k + 1, limit: e, generic: true) {
                    if opener == s {
                        var n = p.nextWord
                        while n < last, w[n].key != "," { n += 1 }
                        n += 1
                        if n <= last, let ind = result(w[n].start, w[last].end, Found(phrase: p, cue: nil, rule: ""), rule: "indirect:selon", confidence: 0.75) {
                            return ind
                        }
                    } else if let ind = result(w[s].start, w[opener - 1].end, Found(phrase: p, cue: nil, rule: ""), rule: "indirect:selon", confidence: 0.6) {
                        return ind
                    }
                }
            }
            k += 1
        }
        return nil
    }

    /// `X, conseillère…, a répondu à un journaliste`: no quote, but X is now the one speaking,
    /// the likeliest referent of the next `a-t-elle ajouté`.
    func noteSpeechEvent(_ w: [QuoteItem], _ r: Range<Int>, parser: SpeakerPhraseParser, cues: CueVerbMatcher,
                                 resolver: inout SpeakerResolver) {
        var k = r.lowerBound
        while k < r.upperBound {
            if w[k].isWord, let m = cues.match(w, at: k, limit: r.upperBound) {
                if m.form == .finite, m.invertedPronoun == nil, let p = parser.backward(w, verbStart: m.start, lower: r.lowerBound),
                   p.form == .name, !p.isOrganisation, p.nameWords.count >= 2 || p.titleGender != nil || p.roleLemma != nil {
                    _ = resolver.resolve(p, mention: parser.text(p.start, p.end))
                    return
                }
                k = m.end
                continue
            }
            k += 1
        }
    }
}
