/// Stage 1, `colon-intro`: the sentence before a colon that opens the quote introduces its speaker.
///
/// Shapes: `Anna Wright, spécialiste de la région, a déclaré : « … »` and `Comme l’explique X : « … »`
/// (`colon-intro`, a cue verb); `X : « … »` (`colon-name`); `Même constat chez X, directrice de l’école : « … »`,
/// `Réaction d’Amadou Ba Diop : « … »`, `Le témoignage de X est accablant : « … »` (`colon-chez`);
/// `X est plus optimiste : « … »`, `Interrogé, le préfet s’est voulu rassurant : « … »` (`colon-subject`; not the
/// pronoun doubling a subject between commas: `La suite est, elle, inédite : « … »`).
/// A place before the colon (`Marseille : « … »`, a heading) is no speaker, nor a name that is the complement of the
/// words before it (``ColonComplementName``: `X, ministre de la Santé : « … »`).
enum ColonIntroductionSieve {
    static func propose(_ input: SieveInput) -> SieveProposal? {
        guard let found = find(input.words, input.t, parser: input.parser, cues: input.cues) else { return nil }
        // Marseille : « Nous ne partirons pas »: a heading naming a place, not a speaker.
        if found.rule == "colon-name", let p = found.phrase, p.titleGender == nil, p.roleLemma == nil, input.places.contains(p.nameStart) { return nil }
        // Brexit : « … »: a topic label, not a speaker.
        if found.rule == "colon-name", let p = found.phrase, ColonTopicLabel.isTopic(p, input) { return nil }
        return .mention(found, confidence: 0.9)
    }

    /// Nouns of what someone says, before `de X` ahead of a colon (`Réaction d’Amadou Ba Diop : « … »`).
    static let speechNouns: Set<String> = Set(LexicalTables.lines(.quoteSpeechNouns))

    /// The first word of the sentence that ends just before word `t`.
    static func sentenceStart(_ w: [QuoteItem], before t: Int) -> Int {
        var s = t - 1
        while s > 0, w[s - 1].sentence == w[t - 1].sentence { s -= 1 }
        return s
    }

    static func find(_ w: [QuoteItem], _ t: Int, parser: SpeakerPhraseParser, cues: CueVerbMatcher) -> SpeakerFind? {
        guard t > 0, w[t - 1].key == ":" else { return nil }
        let s = sentenceStart(w, before: t)
        var best: CueVerbMatcher.Match?
        var k = s
        while k < t - 1 {
            if let m = cues.match(w, at: k, limit: t - 1), m.form == .finite { best = m; k = m.end } else { k += 1 }
        }
        if let m = best {
            if let p = CueBeforeSieve.subject(w, m, lower: s, parser: parser) { return SpeakerFind(phrase: p, cue: m.lemma, rule: "colon-intro") }
            // Comme l’explique X : « … » / C’est ce qu’affirme X : « … »
            if let p = parser.forward(w, at: m.end, limit: t - 1), p.nextWord == t - 1 {
                return SpeakerFind(phrase: p, cue: m.lemma, rule: "colon-intro")
            }
            return nil
        }
        if let p = parser.backward(w, verbStart: t - 1, lower: s), p.form == .name, !isPlaceComplement(w, p, from: s),
           !ColonComplementName.isComplement(w, p, from: s, parser: parser) {
            return SpeakerFind(phrase: p, cue: nil, rule: "colon-name")
        }
        return chez(w, t, from: s, parser: parser) ?? subject(w, t, from: s, parser: parser)
    }

    /// Même constat chez Hélène Marchand, directrice de l’école : « … » / Réaction d’Amadou Ba Diop : « … » /
    /// Le témoignage de Fatou N’Diaye est accablant : « … »
    static func chez(_ w: [QuoteItem], _ t: Int, from s: Int, parser: SpeakerPhraseParser) -> SpeakerFind? {
        for k in s..<(t - 1) where w[k].isWord {
            var at: Int
            if w[k].key == QuoteFunctionWords.chezWord {
                at = k + 1
            } else if w[k].key == QuoteFunctionWords.sideOfWord || Self.speechNouns.contains(w[k].key), k + 1 < t - 1, SpeakerPhraseParser.singularDeForms.contains(w[k + 1].key) {
                at = w[k + 1].key == QuoteFunctionWords.duWord ? k + 1 : k + 2
            } else {
                continue
            }
            if let p = parser.phrase(w, at: at, limit: t - 1, generic: true), p.form == .name || p.form == .role && !p.isPlural && w[k].key != QuoteFunctionWords.sideOfWord,
               p.nextWord <= t - 1, !(p.nextWord..<(t - 1)).contains(where: { w[$0].isWord && parser.isFiniteVerbWord(w[$0].key) && !QuoteFunctionWords.colonCopula.contains(w[$0].key) }) {
                return SpeakerFind(phrase: p, cue: nil, rule: "colon-chez")
            }
        }
        return nil
    }

    /// X est plus optimiste : « … » / Interrogé, le préfet s’est voulu rassurant : « … »
    static func subject(_ w: [QuoteItem], _ t: Int, from s: Int, parser: SpeakerPhraseParser) -> SpeakerFind? {
        var start = s
        for _ in 0..<2 {
            if let p = parser.phrase(w, at: start, limit: t - 1, generic: true), p.nextWord < t - 1, w[p.nextWord].isWord || w[p.nextWord].key == "," {
                // (`La trêve a permis de s’adapter : « … »`: a thing that opens the sentence says nothing)
                if isThing(p, parser.table) { return nil }
                // (`Mais la suite est, elle, jamais vue : « … »`: a pronoun between commas doubles the subject before it)
                if p.form == .pronoun, start > s, w[p.nextWord].key == "," { return nil }
                return SpeakerFind(phrase: p, cue: nil, rule: "colon-subject")
            }
            guard let comma = (start..<(t - 1)).first(where: { w[$0].key == "," }) else { break }
            start = comma + 1
        }
        return nil
    }

    /// A singular common noun that names no person, role, group or organisation (`la trêve`, `le match`, `la vidéo`).
    static func isThing(_ p: SpeakerPhrase, _ table: QuoteLexicon) -> Bool {
        guard p.form == .unnamed || p.form == .role, !p.isOrganisation, !p.isPlural, p.titleGender == nil, p.nameWords.isEmpty else { return false }
        guard let lemma = p.roleLemma else { return true }
        return table.roleNouns[lemma] == nil && !table.generalPersonNouns.contains(lemma)
    }

    /// `Grève à la SNCF : « … »`, `Colère en Guadeloupe : « … »`: a name after a preposition of place (not `de`) is where
    /// the heading happens, not who speaks.
    static func isPlaceComplement(_ w: [QuoteItem], _ p: SpeakerPhrase, from s: Int) -> Bool {
        guard let k = (s..<w.count).first(where: { w[$0].start >= p.start }), k > s, w[k - 1].isWord else { return false }
        let key = w[k - 1].key
        return SpeakerPhraseParser.quotePlacePrepositions.contains(key) && !SpeakerPhraseParser.deForms.contains(key)
    }
}
