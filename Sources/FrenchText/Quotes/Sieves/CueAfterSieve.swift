/// Stage 1, `cue-after`: the speaker in an incise right after the quote's closing mark, or closing its sentence.
///
/// Shapes: `« … », a déclaré Anna Wright.`; `« … » a-t-elle ajouté.`; `« … », balaie Annie Lemoine, présidente…` (any
/// verb followed by a named subject); `« … », indique-t-on à la préfecture` (the organisation); `« … », selon X`
/// (`selon-after`); `« … » (Jean Dupont, maire de Lanvéoc)` (`cue-after:parenthesis`); `« … », a-t-il déclaré,
/// « … »` (the first part, `cue-after:incise`); `… « … » et …, a précisé X.` / `…, selon X.` closing the quote's
/// sentence (`cue-end`, `selon-end`); `« … », a indiqué, mercredi matin, X` (a circumstance after the verb); `« … » :
/// l’ONG a rappelé…` (the subject of the clause after a colon).
enum CueAfterSieve {
    static func propose(_ input: SieveInput) -> SieveProposal? {
        (find(input.words, input.t, limit: input.e, parser: input.parser, cues: input.cues)
            ?? narrativeInfinitive(input.words, input.t, parser: input.parser)).map { .mention($0, confidence: 0.95) }
    }

    /// The speaker phrase after quote `t`, in its sentence (up to `e`).
    static func find(_ w: [QuoteItem], _ t: Int, limit e: Int, parser: SpeakerPhraseParser, cues: CueVerbMatcher) -> SpeakerFind? {
        var k = t + 1
        if k < e, w[k].key == ")" { k += 1 }
        if k < e, w[k].key == "," { k += 1 }
        guard k < e else { return nil }
        // « … » (Jean Dupont, maire de Lanvéoc): the speaker in brackets.
        if w[k].key == "(", let p = parser.phrase(w, at: k + 1, limit: e) ?? bareRoleName(w, k + 1, limit: e, parser: parser),
           p.form == .name, p.nextWord < e, w[p.nextWord].key == ")" || w[p.nextWord].key == "," {
            return SpeakerFind(phrase: p, cue: nil, rule: "cue-after:parenthesis")
        }
        if w[k].key == ":", let p = subjectAfterColon(w, k + 1, limit: e, parser: parser, cues: cues) {
            return SpeakerFind(phrase: p, cue: nil, rule: "cue-after")
        }
        guard w[k].isWord else { return atSentenceEnd(w, t, limit: e, parser: parser, cues: cues) }
        if w[k].key == QuoteFunctionWords.selonWordKey || (w[k].key == QuoteFunctionWords.deApostropheWord && k + 1 < e && w[k + 1].key == QuoteFunctionWords.afterWordKey) {
            let at = w[k].key == QuoteFunctionWords.selonWordKey ? k + 1 : k + 2
            if let p = parser.phrase(w, at: at, limit: e, generic: true) { return SpeakerFind(phrase: p, cue: nil, rule: "selon-after") }
            return nil
        }
        // `jugée « … » par les syndicats`, `qualifié de « … » par la ministre`: the agent of the participle before the quote.
        if w[k].key == QuoteFunctionWords.agentPrepositionWord, let p = passiveAgent(w, t, k, limit: e, parser: parser) {
            return SpeakerFind(phrase: p, cue: nil, rule: "cue-after")
        }
        // « … », y écrit X / lui a répondu X / nous confie X: object pronouns before the verb.
        if cues.match(w, at: k, limit: e) == nil, let verb = afterClitics(w, k, limit: e), cues.match(w, at: verb, limit: e)?.form == .finite { k = verb }
        guard let m = cues.match(w, at: k, limit: e) ?? cues.inversion(w, at: k, limit: e), m.form == .finite else {
            // « … », balaie Annie Lemoine, présidente…: any verb followed by a named subject is an incise; so with
            // object pronouns before the verb (« … » nous apprend la magistrate X) and with a complement after the
            // subject (« … », débute Olivier Dussopt dans le brouhaha).
            let verbAt = cues.finiteVerbLemma(w, at: k) == nil ? afterClitics(w, k, limit: e) ?? k : k
            if let verb = cues.finiteVerbLemma(w, at: verbAt), let p = parser.phrase(w, at: verbAt + 1, limit: e),
               p.form == .name && !p.hasDeterminer || p.form == .role && p.roleGender != nil,
               p.nextWord >= e || w[p.nextWord].isBoundary || isPreposition(w[p.nextWord]) {
                return SpeakerFind(phrase: p, cue: verb, rule: "cue-after")
            }
            if let found = afterCircumstance(w, k, limit: e, parser: parser, cues: cues) { return found }
            return atSentenceEnd(w, t, limit: e, parser: parser, cues: cues)
        }
        var phrase = m.invertedPronoun.map { SpeakerPhrase.pronoun(w, $0, after: m) } ?? parser.forward(w, at: m.end, limit: e)
            ?? pastCircumstance(w, m.end, limit: e, parser: parser)
        if let inv = m.invertedPronoun, w[inv].key == QuoteFunctionWords.onWord,
           let place = placeOfOn(w, at: m.end, limit: e, parser: parser) ?? placeOfOn(w, at: m.end + 1, limit: e, parser: parser) {
            // (peut-on lire dans…: past the infinitive)
            phrase = place  // indique-t-on à la préfecture, assure-t-on chez Logimax
        }
        guard var p = phrase else { return nil }
        if p.form != .pronoun, let person = spokesperson(w, at: p.nextWord, limit: e, parser: parser) { p = person }
        // `« … », a-t-il déclaré, « … »`: the first part of a quote cut by an incise.
        var n = p.nextWord
        if n < e, w[n].key == "," { n += 1 }
        let incise = n < e && w[n].isQuote
        return SpeakerFind(phrase: p, cue: m.lemma, rule: incise ? "cue-after:incise" : "cue-after")
    }

    /// `une hausse jugée « insuffisante et tardive » par les syndicats`, `un projet qualifié de « … » par la ministre`: a past
    /// participle (then `de` or `comme`) right before the quote, `par` right after it: the agent said the words (an unnamed group
    /// stays unnamed).
    static func passiveAgent(_ w: [QuoteItem], _ t: Int, _ k: Int, limit e: Int, parser: SpeakerPhraseParser) -> SpeakerPhrase? {
        var j = t - 1
        if j >= 0, w[j].isWord, QuoteFunctionWords.comparisonDe.contains(w[j].key) { j -= 1 }
        // (`se dit « sidéré » par la conférence`: a finite verb, and the cause of a feeling after `par`, is no passive)
        guard j >= 1, w[j].isWord, !w[j].isCapitalized, !parser.isFiniteVerbWord(w[j].key), !SpeakerPhraseParser.clitics.contains(w[j - 1].key),
              parser.morphology.analyses(keyOf: w[j]).contains(where: { $0.isPastParticiple }), k + 1 < e, w[k + 1].isWord else { return nil }
        if let p = parser.phrase(w, at: k + 1, limit: e, generic: true) { return p.form != .pronoun ? p : nil }
        // (`par plusieurs élus`, `par certains habitants`: a group no one names)
        guard SpeakerPhraseParser.indefinitePronouns.contains(w[k + 1].key) else { return nil }
        let end = k + 2 < e && w[k + 2].isWord && !w[k + 2].isCapitalized ? k + 3 : k + 2
        var p = SpeakerPhrase(form: .unnamed, start: w[k + 1].start, end: w[end - 1].end, nextWord: end)
        p.isPlural = true
        return p
    }

    /// `« … » : l’ONG a rappelé le président à ses promesses`, `« … » : le maire X tire la sonnette d’alarme`: the person or
    /// organisation opening the clause after the colon, as the subject of a finite verb, said the words before it.
    static func subjectAfterColon(_ w: [QuoteItem], _ k: Int, limit e: Int, parser: SpeakerPhraseParser, cues: CueVerbMatcher) -> SpeakerPhrase? {
        guard k < e, w[k].isWord, let p = parser.phrase(w, at: k, limit: e, generic: true), p.form == .name || p.form == .role,
              !p.isPlural, !ColonIntroductionSieve.isThing(p, parser.table), p.nextWord < e else { return nil }
        var v = p.nextWord
        if let after = afterClitics(w, v, limit: e) { v = after }
        guard cues.finiteVerbLemma(w, at: v) != nil || cues.match(w, at: v, limit: e)?.form == .finite else { return nil }
        return p
    }

    /// `« … » avant la conférence, a révélé M. Legault`, `« … » à son arrivée, a lancé X`: a short circumstance (at most
    /// five words, no verb) between the closing mark and the incise.
    static func afterCircumstance(_ w: [QuoteItem], _ k: Int, limit e: Int, parser: SpeakerPhraseParser, cues: CueVerbMatcher) -> SpeakerFind? {
        guard let comma = (k..<min(e, k + 6)).first(where: { w[$0].isPunctuation }), comma > k, w[comma].key == ",",
              (k..<comma).allSatisfy({ w[$0].isWord && cues.finiteVerbLemma(w, at: $0) == nil && cues.match(w, at: $0, limit: e) == nil }),
              let found = find(w, comma - 1, limit: e, parser: parser, cues: cues), found.cue != nil,
              found.rule == "cue-after" || found.rule == "cue-after:incise" else { return nil }
        return found
    }

    /// `a indiqué, mercredi matin, Paul Roux`, `a déclaré, lundi soir, la ministre`: a short circumstance between commas
    /// (at most four lower-case words, no verb) between the cue verb and its subject.
    static func pastCircumstance(_ w: [QuoteItem], _ k: Int, limit e: Int, parser: SpeakerPhraseParser) -> SpeakerPhrase? {
        guard k < e, w[k].key == ",", let close = ((k + 1)..<min(e, k + 6)).first(where: { w[$0].isPunctuation }), close > k + 1,
              w[close].key == ",", ((k + 1)..<close).allSatisfy({ w[$0].isWord && !w[$0].isCapitalized }),
              let p = parser.forward(w, at: close + 1, limit: e), p.form == .name || p.form == .role else { return nil }
        return p
    }

    /// `(ambassadeur Mousbila Sankara)`, `(députée Anne Roux)`: a role noun without article before the name.
    static func bareRoleName(_ w: [QuoteItem], _ k: Int, limit e: Int, parser: SpeakerPhraseParser) -> SpeakerPhrase? {
        guard k + 1 < e, w[k].isWord, !w[k].isCapitalized, parser.table.roleNouns[w[k].key] != nil,
              var p = parser.phrase(w, at: k + 1, limit: e), p.form == .name else { return nil }
        p.role = w[k].text
        return p
    }

    /// The word after one or two object pronouns at `k` (`y`, `lui`, `nous`; not the articles `le`, `la`, nor `se`).
    static func afterClitics(_ w: [QuoteItem], _ k: Int, limit e: Int) -> Int? {
        var j = k
        while j < e, j - k < 2, w[j].isWord, SpeakerPhraseParser.clitics.contains(w[j].key), !SpeakerPhraseParser.definite.contains(w[j].key),
              !QuoteFunctionWords.reflexivePronoun.contains(w[j].key) { j += 1 }
        return j > k && j < e ? j : nil
    }

    /// A preposition (`prepositions.txt`): it opens a complement after the subject of an incise, never the subject.
    static func isPreposition(_ word: QuoteItem) -> Bool {
        word.isWord && FormStore.shared.lexeme(word.keyID).tableFlags.contains(.preposition)
    }

    /// `par la voix de Sandrine Roy`, `, par l’intermédiaire de son porte-parole X` after an organisation: the person
    /// who speaks for it (`« … », a dénoncé la CFDT par la voix de Sandrine Roy` → Sandrine Roy).
    static func spokesperson(_ w: [QuoteItem], at start: Int, limit e: Int, parser: SpeakerPhraseParser) -> SpeakerPhrase? {
        var k = start
        if k < e, w[k].key == "," { k += 1 }
        guard k + 3 < e, SpeechNounAfterSieve.isPart(w[k], "passive"), SpeakerPhraseParser.definite.contains(w[k + 1].key),
              SpeechNounAfterSieve.isPart(w[k + 2], "voice"), SpeakerPhraseParser.deForms.contains(w[k + 3].key) else { return nil }
        guard let p = parser.phrase(w, at: k + 4, limit: e, generic: true) ?? parser.contractedPhrase(w, at: k + 3, limit: e),
              p.form == .name && !p.isOrganisation || p.form == .role && !p.isPlural else { return nil }
        return p
    }

    /// `à la préfecture`, `chez Logimax`, `auprès du ministère`, `du côté de la SNCF`, `dans le communiqué du
    /// collectif X` after a cue inverted with `on`: the organisation (or the person) that speaks.
    static func placeOfOn(_ w: [QuoteItem], at k: Int, limit e: Int, parser: SpeakerPhraseParser) -> SpeakerPhrase? {
        guard k < e, w[k].isWord else { return nil }
        // peut-on lire dans le communiqué du collectif X, indique-t-on dans l’entourage du ministre X: the source.
        if SpeechNounAfterSieve.isPart(w[k], "within"), k + 3 < e, SpeechNounAfterSieve.isDeterminer(w[k + 1]), w[k + 2].isWord,
           !w[k + 2].isCapitalized, SpeakerPhraseParser.deForms.contains(w[k + 3].key),
           // (`de l’artiste`; `du Premier ministre`, the article inside `du`: the role, not a name `Premier`)
           let p = (QuoteFunctionWords.contractedArticle.contains(w[k + 3].key) ? parser.contractedPhrase(w, at: k + 3, limit: e) : nil)
               ?? parser.phrase(w, at: k + 4, limit: e, generic: true) ?? parser.contractedPhrase(w, at: k + 3, limit: e),
           p.form == .name || p.form == .role || p.isOrganisation {
            return p
        }
        var at: Int
        let key = w[k].key
        if QuoteFunctionWords.institutionPreposition.contains(key) || key == "à" {
            at = k + 1
        } else if key == QuoteFunctionWords.aupresWord || key == QuoteFunctionWords.sideOfWord {
            guard k + 1 < e, SpeakerPhraseParser.deForms.contains(w[k + 1].key) else { return nil }
            at = QuoteFunctionWords.contractedDePlural.contains(w[k + 1].key) ? k + 1 : k + 2
        } else if key == QuoteFunctionWords.duWord {
            guard k + 2 < e, w[k + 1].key == QuoteFunctionWords.sideOfWord else { return nil }
            return placeOfOn(w, at: k + 1, limit: e, parser: parser)
        } else {
            return nil
        }
        guard at < e else { return nil }
        var p = parser.phrase(w, at: at, limit: e, generic: true)
        if p == nil, QuoteFunctionWords.contractedArticle.contains(w[at].key) {
            // au ministère de l’Intérieur: the article is in the preposition.
            p = parser.phrase(w, at: at + 1, limit: e, generic: true)
        }
        if p == nil, w[at].isWord, parser.table.organisationNouns.contains(w[at].key) {
            // au ministère de l’Intérieur, auprès du parquet: the article is in the preposition.
            let end = parser.complement(w, from: at + 1, limit: e)
            var q = SpeakerPhrase(form: .name, start: w[at].start, end: w[end - 1].end, nextWord: end)
            q.nameWords = w[at..<end].map(\.text)
            q.nameStart = w[at].start
            q.nameEnd = w[end - 1].end
            q.nameText = parser.text(q.nameStart, q.nameEnd)
            q.isOrganisation = true
            p = q
        }
        guard var found = p, found.form == .name || found.isOrganisation else { return nil }
        if found.titleGender == nil, found.roleLemma == nil { found.isOrganisation = true }
        return found
    }

    /// `Les trois premiers ont été “assassinés en captivité” et le dernier tué…, selon le bureau de M. X.`:
    /// an attribution closing the sentence that holds the quote.
    static func atSentenceEnd(_ w: [QuoteItem], _ t: Int, limit e: Int, parser: SpeakerPhraseParser, cues: CueVerbMatcher) -> SpeakerFind? {
        var end = e
        while end > t + 1, w[end - 1].isPunctuation, [".", "!", "?", "…"].contains(w[end - 1].key) { end -= 1 }
        var k = end - 2
        while k > t {
            if w[k].isQuote { return nil }
            if w[k].key == "," {
                let n = k + 1
                if w[n].key == QuoteFunctionWords.selonWordKey, let p = parser.phrase(w, at: n + 1, limit: end, generic: true), p.nextWord == end {
                    return SpeakerFind(phrase: p, cue: nil, rule: "selon-end")
                }
                if let m = cues.match(w, at: n, limit: end), m.form == .finite {
                    if let inv = m.invertedPronoun, m.end == end { return SpeakerFind(phrase: SpeakerPhrase.pronoun(w, inv, after: m), cue: m.lemma, rule: "cue-end") }
                    if m.invertedPronoun == nil, let p = parser.forward(w, at: m.end, limit: end), p.nextWord == end {
                        return SpeakerFind(phrase: p, cue: m.lemma, rule: "cue-end")
                    }
                }
            }
            k -= 1
        }
        return nil
    }
}
