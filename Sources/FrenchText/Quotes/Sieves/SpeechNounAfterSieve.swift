/// Stage 1, `speech-noun-after`: right after the quote, a sentence that names the words as someone's, with a
/// presentative and a noun of speech whose agent or complement is the speaker.
///
/// Shapes: `« … » C’est le constat formulé par Jean Morel, maire de Vierzon.`; `« … » Tel est l’avis partagé par
/// Claire Dumas.`; `« … », c’est la promesse exprimée par le directeur, Paul Renard.`; `« … » Voilà le message de
/// l’association Terre vivante.`; `« … » C’est ce qu’affirme Hélène Roux.` (a cue verb after `ce que`); `« … », a été
/// la première réaction de X`; `« … » La réponse de X ne s’est pas fait attendre.` (the noun opening the next sentence).
/// A place is no speaker (`« … » La réaction de Paris a été immédiate`).
enum SpeechNounAfterSieve {
    static func propose(_ input: SieveInput) -> SieveProposal? {
        guard let found = find(input.words, input.t, parser: input.parser, cues: input.cues),
              !(found.phrase.map { input.places.contains($0.nameStart) && $0.roleLemma == nil } ?? false) else { return nil }
        return .mention(found, confidence: 0.9)
    }

    /// The presentatives, each as its word keys (`c’est` → `c'`, `est`).
    static let presentatives: [[String]] = LexicalTables.lines(.quoteAttributingPresentatives).map { line in
        line.split(separator: " ").flatMap { part -> [String] in
            guard let apostrophe = part.firstIndex(of: "'"), part.index(after: apostrophe) < part.endIndex else { return [String(part)] }
            return [String(part[...apostrophe]), String(part[part.index(after: apostrophe)...])]
        }
    }

    /// The words around the noun, by their part (`par` → passive, `ce` → antecedent, `que` → relativizer).
    static let parts: [String: String] = Dictionary(LexicalTables.rows(.quoteSpeechAfterWords).filter { $0.count >= 2 }.map { ($0[0], $0[1]) },
                                                    uniquingKeysWith: { a, _ in a })

    static func isPart(_ word: QuoteItem, _ part: String) -> Bool { word.isWord && parts[word.key] == part }

    /// The speaker phrase of the sentence that follows quote `t` in its paragraph, when that sentence opens with a
    /// presentative naming the quote as someone's words.
    static func find(_ w: [QuoteItem], _ t: Int, parser: SpeakerPhraseParser, cues: CueVerbMatcher) -> SpeakerFind? {
        var k = t + 1
        if k < w.count, w[k].key == "," || w[k].key == "." { k += 1 }
        guard k < w.count, w[k].paragraph == w[t].paragraph, w[k].isWord else { return nil }
        var e = k
        while e < w.count, w[e].sentence == w[k].sentence, !w[e].isQuote { e += 1 }
        let presented = presentative(w, at: k, limit: e)
        if let after = presented, let found = ceQue(w, at: after, limit: e, parser: parser, cues: cues) { return found }
        // Without a presentative, the noun of speech opens the next sentence: `« … » La réponse de X ne s’est pas fait
        // attendre.`
        guard presented != nil || w[k].sentence != w[t].sentence else { return nil }
        let start = presented ?? k
        // le constat formulé par X / l’avis de X / ce sont là les premiers mots de X: a determiner and a noun of speech,
        // a word or two between them and before the determiner (`là`, `premiers`).
        for d in start..<min(e - 1, start + (presented == nil ? 1 : 3)) where isDeterminer(w[d]) {
            for n in (d + 1)..<min(e, d + 4) {
                guard w[n].isWord, !w[n].isCapitalized else { break }
                if ColonIntroductionSieve.speechNouns.contains(w[n].key) { return agent(w, from: n + 1, limit: e, parser: parser) }
            }
        }
        return nil
    }

    static func isDeterminer(_ x: QuoteItem) -> Bool {
        x.isWord && (SpeakerPhraseParser.definite.contains(x.key) || SpeakerPhraseParser.possessive.contains(x.key)
            || SpeakerPhraseParser.indefinite.contains(x.key))
    }

    /// Word after the presentative opening at `k`, if one does.
    static func presentative(_ w: [QuoteItem], at k: Int, limit e: Int) -> Int? {
        for words in presentatives where k + words.count <= e {
            if words.indices.allSatisfy({ w[k + $0].isWord && w[k + $0].key == words[$0] }) { return k + words.count }
        }
        return nil
    }

    /// `ce qu’affirme X`, `ce qu’a déclaré X`, `ce qu’elle a expliqué`: the cue verb's subject.
    static func ceQue(_ w: [QuoteItem], at k: Int, limit e: Int, parser: SpeakerPhraseParser, cues: CueVerbMatcher) -> SpeakerFind? {
        guard k + 2 < e, isPart(w[k], "antecedent"), isPart(w[k + 1], "relativizer") else { return nil }
        if let m = cues.match(w, at: k + 2, limit: e), m.form == .finite {
            if let inv = m.invertedPronoun { return SpeakerFind(phrase: SpeakerPhrase.pronoun(w, inv, after: m), cue: m.lemma, rule: "speech-noun-after") }
            return parser.forward(w, at: m.end, limit: e).map { SpeakerFind(phrase: $0, cue: m.lemma, rule: "speech-noun-after") }
        }
        guard let p = parser.phrase(w, at: k + 2, limit: e), let m = cues.match(w, at: p.nextWord, limit: e), m.form == .finite else { return nil }
        return SpeakerFind(phrase: p, cue: m.lemma, rule: "speech-noun-after")
    }

    /// The agent (`formulé par X`) or the complement (`de X`) after the noun of speech, a few words on at most
    /// (`le cri d’alarme lancé par X`, `le point de vue de X`).
    static func agent(_ w: [QuoteItem], from start: Int, limit e: Int, parser: SpeakerPhraseParser) -> SpeakerFind? {
        var j = start
        while j < min(e, start + 6), w[j].isWord {
            let key = w[j].key
            if isPart(w[j], "passive") || SpeakerPhraseParser.deForms.contains(key) {
                // du directeur: the article is in the preposition.
                let p = parser.phrase(w, at: j + 1, limit: e, generic: true) ?? parser.contractedPhrase(w, at: j, limit: e)
                if let p, p.form == .name || p.form == .role || p.isOrganisation {
                    return SpeakerFind(phrase: p, cue: nil, rule: "speech-noun-after")
                }
            }
            j += 1
        }
        return nil
    }
}
