/// Stage 1, `slogan`: a short chant or slogan with no cue, in a crowd's context, is said by no one person: the
/// quote keeps no speaker (and is not carried over to the next named speaker, nor given to the salient one).
///
/// The quote has at most ``maxWords`` words and reads as a chant (`!` at its end, or `Ni X, ni Y`); a crowd word
/// (`manifestants`, `cortège`, `scandaient`, `pancartes`, `slogan`) stands in its sentence, the one before or the
/// one after.
///
/// Shapes: `« Ni retraite à 64 ans, ni mépris ! » Le cortège s’est élancé.`; `Des milliers de personnes ont défilé.
/// « Ni oubli, ni pardon. »`; `« On ne lâche rien ! » Les grévistes ont rejoint la place.`
enum SloganSieve {
    static let maxWords = 10

    static let parts: [String: String] = Dictionary(LexicalTables.rows(.quoteSloganWords).filter { $0.count >= 2 }.map { ($0[0], $0[1]) },
                                                    uniquingKeysWith: { a, _ in a })

    static func propose(_ input: SieveInput) -> SieveProposal? {
        let c = input.candidates[input.candidate]
        guard c.partOf == nil, c.inciseWords == nil, readsAsChant(input.parser.text(c.start, c.end)),
              crowdAround(input.words, input.t, morphology: input.cues.morphology) else { return nil }
        return .carried(QuoteAttribution(speaker: nil, cue: nil, rule: "slogan", confidence: 0.6, explicit: false))
    }

    /// At most ``maxWords`` words, ending with `!` or coordinated by `ni … ni`.
    static func readsAsChant(_ text: String) -> Bool {
        let words = text.splitScalars(whereSeparator: { $0 == " " || $0 == "\u{A0}" || $0 == "," || $0 == "\u{202F}" })
        guard !words.isEmpty, words.count <= maxWords else { return false }
        if text.trimmingCharacters(in: .whitespaces).hasSuffix("!") { return true }
        return words.filter { parts[LookupKey.make($0)] == "coordination" }.count >= 2
    }

    /// A crowd word in the quote's sentence, the sentence before it or the one after (across paragraphs: a slogan
    /// may stand alone after `Des milliers de personnes ont défilé.`).
    static func crowdAround(_ w: [QuoteItem], _ t: Int, morphology: MorphologyMemo) -> Bool {
        let sentence = w[t].sentence
        var lo = t, hi = t
        while lo > 0, w[lo - 1].sentence >= sentence - 1 { lo -= 1 }
        while hi + 1 < w.count, w[hi + 1].sentence <= sentence + 1 { hi += 1 }
        return (lo...hi).contains { k in
            w[k].isWord && (parts[w[k].key] == "crowd" || morphology.analyses(keyOf: w[k]).contains { parts[$0.lemma] == "crowd" })
        }
    }

    /// After stage 2 (`slogan:organisation`): a crowd's chant whose crowd belongs to a named organisation
    /// (`des militants de Greenpeace ont déployé le slogan « … »`, `les grévistes de la CGT scandaient « … »`), named
    /// before it in its paragraph, is that organisation's slogan; a crowd of no one stays speakerless.
    static func crowdOrganisation(of index: Int, _ input: LateAttribution.Input) -> Int? {
        let q = input.quotes[index]
        let tokens = input.document.tokens
        let sentence = input.model.sentence(at: q.span.start)
        let paragraph = input.model.paragraph(ofSentence: sentence)
        for entry in input.model.timeline where !entry.mention.insideQuote && entry.mention.paragraph == paragraph
            && entry.mention.span.start < q.span.start && input.model.participants[entry.participant].kind == .organisation {
            var k = input.document.tokenIndex(atOrAfter: entry.mention.span.start) - 1
            if k >= 0, ParticipantLexicon.shared.determiners[LookupKey.make(tokens[k].text)]?.kind == .definite { k -= 1 }
            guard k >= 1, SpeakerPhraseParser.deForms.contains(LookupKey.make(tokens[k].text)) else { continue }
            let noun = LookupKey.make(tokens[k - 1].text)
            if parts[noun] == "crowd" || noun.hasSuffix("s") && parts[String(noun.dropLast())] == "crowd" { return entry.participant }
        }
        return nil
    }

    /// After stage 2 (`slogan:organisation`): a chant-shaped quote no sieve attributed, in no crowd's context, is the
    /// slogan of the organisation named last before it in its paragraph (`La fédération lance sa campagne… Puisque
    /// « la moitié des cours, on s’en charge ! », …`); nil when the one named last is a person.
    static func organisation(of index: Int, _ input: LateAttribution.Input) -> Int? {
        let q = input.quotes[index]
        guard readsAsChant(q.text) else { return nil }
        let last = input.model.mentions(before: q.span.start, paragraphsBack: 0).first
        guard let last, input.model.participants[last.participant].kind == .organisation else { return nil }
        return last.participant
    }
}
