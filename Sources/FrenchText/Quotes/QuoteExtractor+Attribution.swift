/// The attribution shapes: where a quote's speaker is found relative to the quote.
///
/// ```swift
/// // « … », a déclaré X.          → cueAfter       (rule `cue-after`)
/// // X, rôle, a déclaré : « … »   → cueBefore      (rule `colon-intro`)
/// // Tisséo indique avoir « … »   → cueInSentence  (rule `cue-in-sentence`)
/// ```
extension QuoteExtractor {
    struct Found {
        var phrase: SpeakerPhrase?
        var cue: String?
        var rule: String
    }

    func make(_ f: Found, rule: String, confidence: Double, resolver: inout SpeakerResolver) -> Attribution {
        guard let p = f.phrase else { return Attribution(speaker: nil, cue: f.cue, rule: rule, confidence: confidence * 0.5, explicit: true) }
        let r = resolver.resolve(p, mention: resolver.parser.text(p.start, p.end))
        var c = confidence
        if p.form == .pronoun { c *= r.name == nil ? 0.6 : 0.9 }
        if p.form == .role, r.name == nil { c *= 0.9 }
        return Attribution(speaker: r, cue: f.cue, rule: rule, confidence: (c * 100).rounded() / 100, explicit: true)
    }

    func pronounPhrase(_ w: [AttributionWord], _ i: Int, after m: CueVerbMatcher.Match? = nil) -> SpeakerPhrase {
        var p = SpeakerPhrase(form: .pronoun, start: w[i].start, end: w[i].end, nextWord: max(i + 1, m?.end ?? 0))
        p.pronoun = w[i].key
        return p
    }

    /// `« … », a déclaré X`, `« … » a-t-elle ajouté`, `« … », selon X`.
    func cueAfter(_ w: [AttributionWord], _ t: Int, limit e: Int, parser: SpeakerPhraseParser, cues: CueVerbMatcher) -> Found? {
        var k = t + 1
        if k < e, w[k].key == ")" { k += 1 }
        if k < e, w[k].key == "," { k += 1 }
        guard k < e else { return nil }
        // « … » (Jean Dupont, maire de Lanvéoc): the speaker in brackets.
        if w[k].key == "(", let p = parser.phrase(w, at: k + 1, limit: e), p.form == .name, p.nextWord < e,
           w[p.nextWord].key == ")" || w[p.nextWord].key == "," {
            return Found(phrase: p, cue: nil, rule: "cue-after:parenthesis")
        }
        guard w[k].isWord else { return cueAtSentenceEnd(w, t, limit: e, parser: parser, cues: cues) }
        if w[k].key == "selon" || (w[k].key == "d'" && k + 1 < e && w[k + 1].key == "après") {
            let at = w[k].key == "selon" ? k + 1 : k + 2
            if let p = parser.phrase(w, at: at, limit: e, generic: true) { return Found(phrase: p, cue: nil, rule: "selon-after") }
            return nil
        }
        guard let m = cues.match(w, at: k, limit: e) ?? cues.inversion(w, at: k, limit: e), m.form == .finite else {
            // « … », balaie Annie Lemoine, présidente…: any verb followed by a named subject is an incise.
            if let verb = cues.finiteVerbLemma(w, at: k), let p = parser.phrase(w, at: k + 1, limit: e),
               p.form == .name && !p.hasDeterminer || p.form == .role && p.roleGender != nil,
               p.nextWord >= e || w[p.nextWord].isBoundary {
                return Found(phrase: p, cue: verb, rule: "cue-after")
            }
            return cueAtSentenceEnd(w, t, limit: e, parser: parser, cues: cues)
        }
        var phrase = m.invertedPronoun.map { pronounPhrase(w, $0, after: m) } ?? parser.forward(w, at: m.end, limit: e)
        if let inv = m.invertedPronoun, w[inv].key == "on", let place = placeOfOn(w, at: m.end, limit: e, parser: parser) {
            phrase = place  // indique-t-on à la préfecture, assure-t-on chez Logimax
        }
        guard let p = phrase else { return nil }
        // `« … », a-t-il déclaré, « … »`: the first part of a quote cut by an incise.
        var n = p.nextWord
        if n < e, w[n].key == "," { n += 1 }
        let incise = n < e && w[n].isQuote
        return Found(phrase: p, cue: m.lemma, rule: incise ? "cue-after:incise" : "cue-after")
    }

    /// `à la préfecture`, `chez Logimax`, `auprès du ministère`, `du côté de la SNCF` after a cue inverted with `on`:
    /// the organisation that speaks.
    func placeOfOn(_ w: [AttributionWord], at k: Int, limit e: Int, parser: SpeakerPhraseParser) -> SpeakerPhrase? {
        guard k < e, w[k].isWord else { return nil }
        var at: Int
        switch w[k].key {
        case "chez", "à", "au": at = k + 1
        case "auprès", "côté":
            guard k + 1 < e, SpeakerPhraseParser.deForms.contains(w[k + 1].key) else { return nil }
            at = w[k + 1].key == "du" || w[k + 1].key == "des" ? k + 1 : k + 2
        case "du":
            guard k + 2 < e, w[k + 1].key == "côté" else { return nil }
            return placeOfOn(w, at: k + 1, limit: e, parser: parser)
        default: return nil
        }
        guard at < e else { return nil }
        var p = parser.phrase(w, at: at, limit: e, generic: true)
        if p == nil, ["au", "du"].contains(w[at].key) {
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
    func cueAtSentenceEnd(_ w: [AttributionWord], _ t: Int, limit e: Int, parser: SpeakerPhraseParser, cues: CueVerbMatcher) -> Found? {
        var end = e
        while end > t + 1, w[end - 1].isPunctuation, [".", "!", "?", "…"].contains(w[end - 1].key) { end -= 1 }
        var k = end - 2
        while k > t {
            if w[k].isQuote { return nil }
            if w[k].key == "," {
                let n = k + 1
                if w[n].key == "selon", let p = parser.phrase(w, at: n + 1, limit: end, generic: true), p.nextWord == end {
                    return Found(phrase: p, cue: nil, rule: "selon-end")
                }
                if let m = cues.match(w, at: n, limit: end), m.form == .finite {
                    if let inv = m.invertedPronoun, m.end == end { return Found(phrase: pronounPhrase(w, inv, after: m), cue: m.lemma, rule: "cue-end") }
                    if m.invertedPronoun == nil, let p = parser.forward(w, at: m.end, limit: end), p.nextWord == end {
                        return Found(phrase: p, cue: m.lemma, rule: "cue-end")
                    }
                }
            }
            k -= 1
        }
        return nil
    }

    /// The speaker of an incise inside the marks (`, a souligné le maire Labeaume…`).
    func inciseAttribution(_ w: [AttributionWord], _ r: Range<Int>, parser: SpeakerPhraseParser, cues: CueVerbMatcher) -> Found? {
        guard r.count >= 2, w[r.lowerBound].key == "," else { return nil }
        if let p = selonIncise(w, at: r.lowerBound + 1, limit: r.upperBound, parser: parser) { return Found(phrase: p, cue: nil, rule: "incise-inside") }
        guard let m = cues.match(w, at: r.lowerBound + 1, limit: r.upperBound), m.form == .finite else { return nil }
        let phrase = m.invertedPronoun.map { pronounPhrase(w, $0, after: m) } ?? parser.forward(w, at: m.end, limit: r.upperBound)
        return phrase.map { Found(phrase: $0, cue: m.lemma, rule: "incise-inside") }
    }

    /// Nouns of what someone says, before `de X` ahead of a colon (`Réaction d’Amadou Ba Diop : « … »`).
    static let speechNouns: Set<String> = Set(LexicalTables.lines(.quoteSpeechNouns))

    /// `selon lui`, `selon la directrice` inside the marks (`« A, selon lui, B »`): the speaker phrase, when
    /// punctuation closes it; `lui`/`eux` read as `il`/`ils`.
    func selonIncise(_ w: [AttributionWord], at k: Int, limit: Int, parser: SpeakerPhraseParser) -> SpeakerPhrase? {
        guard k + 1 < limit, w[k].key == "selon", w[k + 1].isWord else { return nil }
        var p: SpeakerPhrase
        if let pronoun = ["lui": "il", "elle": "elle"][w[k + 1].key] {
            p = SpeakerPhrase(form: .pronoun, start: w[k + 1].start, end: w[k + 1].end, nextWord: k + 2)
            p.pronoun = pronoun
        } else if let named = parser.phrase(w, at: k + 1, limit: limit, generic: true), named.form != .pronoun {
            p = named
        } else {
            return nil
        }
        guard p.nextWord >= limit || w[p.nextWord].isPunctuation && [",", ".", "…", ";", "!", "?", "—", "–"].contains(w[p.nextWord].key) else { return nil }
        return p
    }

    /// `X, rôle, a déclaré : « … »`, `X a affirmé que « … »`, `Selon X, « … »`, `Pour X, « … »`,
    /// `X a déclaré, « … »`, `X : « … »`.
    func cueBefore(_ w: [AttributionWord], _ t: Int, parser: SpeakerPhraseParser, cues: CueVerbMatcher) -> Found? {
        guard t > 0 else { return nil }
        let prev = w[t - 1]
        var s = t - 1
        while s > 0, w[s - 1].sentence == prev.sentence { s -= 1 }
        func subject(_ m: CueVerbMatcher.Match) -> SpeakerPhrase? {
            if let inv = m.invertedPronoun { return pronounPhrase(w, inv) }
            return parser.backward(w, verbStart: m.start, lower: s)
        }
        if prev.key == ":" {
            var best: CueVerbMatcher.Match?
            var k = s
            while k < t - 1 {
                if let m = cues.match(w, at: k, limit: t - 1), m.form == .finite { best = m; k = m.end } else { k += 1 }
            }
            if let m = best {
                if let p = subject(m) { return Found(phrase: p, cue: m.lemma, rule: "colon-intro") }
                // Comme l’explique X : « … » / C’est ce qu’affirme X : « … »
                if let p = parser.forward(w, at: m.end, limit: t - 1), p.nextWord == t - 1 {
                    return Found(phrase: p, cue: m.lemma, rule: "colon-intro")
                }
                return nil
            }
            if let p = parser.backward(w, verbStart: t - 1, lower: s), p.form == .name {
                return Found(phrase: p, cue: nil, rule: "colon-name")
            }
            // Même constat chez Hélène Marchand, directrice de l’école : « … » / Réaction d’Amadou Ba Diop : « … » /
            // Le témoignage de Fatou N’Diaye est accablant : « … »
            for k in s..<(t - 1) where w[k].isWord {
                var at: Int
                if w[k].key == "chez" {
                    at = k + 1
                } else if w[k].key == "côté" || Self.speechNouns.contains(w[k].key), k + 1 < t - 1, SpeakerPhraseParser.singularDeForms.contains(w[k + 1].key) {
                    at = w[k + 1].key == "du" ? k + 1 : k + 2
                } else {
                    continue
                }
                if let p = parser.phrase(w, at: at, limit: t - 1, generic: true), p.form == .name || p.form == .role && !p.isPlural && w[k].key != "côté",
                   p.nextWord <= t - 1, !(p.nextWord..<(t - 1)).contains(where: { w[$0].isWord && parser.isFiniteVerbWord(w[$0].key) && !["est", "reste", "semble", "paraît"].contains(w[$0].key) }) {
                    return Found(phrase: p, cue: nil, rule: "colon-chez")
                }
            }
            // X est plus optimiste : « … » / Interrogé, le préfet s’est voulu rassurant : « … »
            var start = s
            for _ in 0..<2 {
                if let p = parser.phrase(w, at: start, limit: t - 1, generic: true), p.nextWord < t - 1, w[p.nextWord].isWord || w[p.nextWord].key == "," {
                    return Found(phrase: p, cue: nil, rule: "colon-subject")
                }
                guard let comma = (start..<(t - 1)).first(where: { w[$0].key == "," }) else { break }
                start = comma + 1
            }
            return nil
        }
        guard prev.sentence == w[t].sentence else { return nil }
        if prev.key == "que" || prev.key == "qu'" {
            for k in max(s, t - 9)..<(t - 1) {
                if let m = cues.match(w, at: k, limit: t - 1), m.form == .finite, m.end >= t - 2 {
                    return subject(m).map { Found(phrase: $0, cue: m.lemma, rule: "que-intro") }
                }
            }
            return nil
        }
        if prev.key == "," {
            // Selon X, « … » / Pour X, « … » / D’après X, « … »
            var k = t - 2
            while k >= s, t - k < 14, !w[k].isQuote {
                let key = w[k].key
                let opener = key == "selon" || key == "pour" || (key == "après" && k > s && w[k - 1].key == "d'")
                let clauseStart = k == s || w[k - 1].isPunctuation || (key == "après" && (k - 1 == s || w[k - 2].isPunctuation))
                if opener, clauseStart, let p = parser.phrase(w, at: k + 1, limit: t - 1, generic: key != "pour"),
                   p.nextWord == t - 1 || key == "selon" && reachesComma(w, from: p.nextWord, before: t, parser: parser) {
                    return Found(phrase: p, cue: nil, rule: key == "après" ? "d-apres" : key)
                }
                k -= 1
            }
        }
        // X a déclaré « … » / …, a-t-il déclaré, « … »
        let end = prev.key == "," ? t - 1 : t
        for k in max(s, end - 6)..<end {
            if let m = cues.match(w, at: k, limit: end), m.form == .finite, m.end == end {
                return subject(m).map { Found(phrase: $0, cue: m.lemma, rule: "cue-before") }
            }
        }
        return nil
    }

    /// A cue earlier in the quote's sentence: `Tisséo indique avoir « renforcé la présence humaine »`,
    /// `la présidence a indiqué qu’elle « partage les inquiétudes »`, `salué par Le Monde comme « … »`.
    func cueInSentence(_ w: [AttributionWord], _ t: Int, from s: Int, parser: SpeakerPhraseParser, cues: CueVerbMatcher) -> Found? {
        var best: (match: CueVerbMatcher.Match, phrase: SpeakerPhrase)?
        var k = s
        while k < t {
            if w[k].isQuote { best = nil }  // a cue before an earlier quote belongs to that quote
            guard w[k].isWord, let m = cues.match(w, at: k, limit: t) else { k += 1; continue }
            switch m.form {
            case .finite:
                let phrase = m.invertedPronoun.map { pronounPhrase(w, $0, after: m) } ?? parser.backward(w, verbStart: m.start, lower: s)
                if let voice = voice(w, after: m.end, limit: t, parser: parser) {
                    best = (m, voice)  // Le Groupe Mutuel estime, par la voix de sa porte-parole Lea Zbinden, que « … »
                } else if let p = phrase { best = (m, p) }
            case .pastParticiple:
                // salué par Le Monde comme « … » (but « interrogé par RFI »: the one asking does not speak)
                if m.end + 1 < t, w[m.end].key == "par", !Self.askingLemmas.contains(m.lemma),
                   let p = parser.phrase(w, at: m.end + 1, limit: t, generic: true) { best = (m, p) }
            case .presentParticiple:
                // …, le ministre a rejeté ces accusations, affirmant que « … »: the subject of the sentence.
                if let p = sentenceSubjectPhrase(w, from: s, limit: m.start, parser: parser) { best = (m, p) }
            }
            k = m.end
        }
        return best.map { Found(phrase: $0.phrase, cue: $0.match.lemma, rule: "cue-in-sentence") }
    }

    /// `, par la voix de sa porte-parole Lea Zbinden,` after a cue: the named person speaks for the subject.
    func voice(_ w: [AttributionWord], after k: Int, limit: Int, parser: SpeakerPhraseParser) -> SpeakerPhrase? {
        var i = k
        if i < limit, w[i].key == "," { i += 1 }
        guard i + 3 < limit, w[i].key == "par", w[i + 1].key == "la", w[i + 2].key == "voix" else { return nil }
        i += 3
        guard SpeakerPhraseParser.singularDeForms.contains(w[i].key) else { return nil }
        if w[i].key != "du" { i += 1 }
        guard let p = parser.phrase(w, at: i, limit: limit, generic: true), p.form == .name || p.form == .role else { return nil }
        return p
    }

    /// Verbs whose agent asks rather than speaks (`interrogé par`, `sollicité par`).
    static let askingLemmas: Set<String> = Set(LexicalTables.lines(.quoteAskingLemmas))

    /// The subject opening the sentence, possibly after one introductory clause (`Interrogé par RFI, le ministre…`).
    func sentenceSubjectPhrase(_ w: [AttributionWord], from s: Int, limit: Int, parser: SpeakerPhraseParser) -> SpeakerPhrase? {
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

    /// `Pour X, c’est « la grève de trop ».`: a sentence opened by `Selon X,`, `Pour X,`, `D’après X,`.
    func sentenceOpener(_ w: [AttributionWord], _ t: Int, from s: Int, parser: SpeakerPhraseParser) -> Found? {
        guard t > s + 2, w[s].isWord else { return nil }
        var at = s + 1
        let key = w[s].key
        if key == "d'", w[s + 1].key == "après" { at = s + 2 } else if key != "selon" && key != "pour" { return nil }
        guard let p = parser.phrase(w, at: at, limit: t, generic: key != "pour"), p.nextWord < t,
              p.form != .pronoun || key != "pour", reachesComma(w, from: p.nextWord, before: t, parser: parser) else { return nil }
        return Found(phrase: p, cue: nil, rule: key == "d'" ? "d-apres" : key)
    }

    /// `Selon un diplomate européen ayant requis l’anonymat, …`: words without a finite verb up to the clause's comma.
    func reachesComma(_ w: [AttributionWord], from start: Int, before t: Int, parser: SpeakerPhraseParser) -> Bool {
        var k = start
        while k < t, k - start < 8 {
            if w[k].key == "," { return true }
            guard w[k].isWord, !parser.isFiniteVerbWord(w[k].key) else { return false }
            k += 1
        }
        return false
    }

    /// The person opening the sentence that holds quote `t` (a partial quote inside the subject's sentence).
    func sentenceSubject(_ w: [AttributionWord], _ t: Int, from s: Int, parser: SpeakerPhraseParser) -> Found? {
        guard w[s].isWord, let p = parser.phrase(w, at: s, limit: t), p.form == .name || p.form == .role || p.form == .pronoun || p.isDocument,
              p.form == .role || p.form == .pronoun || p.isDocument || p.titleGender != nil || p.nameWords.count >= 2 || p.isOrganisation else { return nil }
        if p.form == .pronoun, !["il", "elle", "iel"].contains(p.pronoun ?? "") { return nil }
        // The subject is followed by its verb (possibly after an apposition or `, lui,`), not by the quote itself.
        guard p.nextWord < t else { return nil }
        return Found(phrase: p, cue: nil, rule: "sentence-subject")
    }

    /// The person opening one of the sentences before quote `t` in its paragraph, after word `after`
    /// (the last attributed quote): `Anne-Pierre de Montesquiou, un ancien ingénieur, a appris… « … »`.
    func recentSubject(_ w: [AttributionWord], _ t: Int, after: Int?, parser: SpeakerPhraseParser, paragraphsBack: Int = 0) -> Found? {
        var end = t
        var sentences = 0
        while end > 0, w[t].paragraph - w[end - 1].paragraph <= paragraphsBack, sentences < 6 {
            var s = end - 1
            while s > 0, w[s - 1].sentence == w[end - 1].sentence { s -= 1 }
            if let after, s <= after { return nil }
            if w[s].isWord, let p = parser.phrase(w, at: s, limit: end), p.form == .name || p.form == .role, !p.isOrganisation,
               p.form == .role || p.titleGender != nil || p.nameWords.count >= 2 || p.roleLemma != nil, p.nextWord < end {
                return Found(phrase: p, cue: nil, rule: "paragraph-subject")
            }
            end = s
            sentences += 1
        }
        return nil
    }
}
