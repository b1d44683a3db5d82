/// Stage 1, `sentence-subject`: a quote inside a sentence whose subject, named before it, is a person or an
/// organisation: `Alexander De Croo (Open-VLD), a affirmé qu’il fallait que « … »`; `Le député François Ruffin a, lui,
/// appelé à « bloquer le pays »`; `Dans son communiqué, la préfecture a fait état « d’une odeur caractéristique »`.
///
/// It runs twice: on the words, among the sentence sieves (``propose(_:)``, the phrase opening the sentence); and
/// after stage 2 (``speaker(of:_:)``, the participant who is the subject), where it also takes back a quote a weak
/// sieve (continuation, same sentence) gave to someone else.
enum SentenceSubjectSieve {
    static func propose(_ input: SieveInput) -> SieveProposal? {
        guard input.t > input.s, let found = subject(input.words, input.t, from: input.s, parser: input.parser) else { return nil }
        return .mention(found, confidence: 0.6)
    }

    /// The person opening the sentence that holds quote `t` (a partial quote inside the subject's sentence).
    static func subject(_ w: [QuoteItem], _ t: Int, from s: Int, parser: SpeakerPhraseParser) -> SpeakerFind? {
        guard w[s].isWord, let p = parser.phrase(w, at: s, limit: t), p.form == .name || p.form == .role || p.form == .pronoun || p.isDocument,
              p.form == .role || p.form == .pronoun || p.isDocument || p.titleGender != nil || p.nameWords.count >= 2 || p.isOrganisation else { return nil }
        if p.form == .pronoun, !QuoteFunctionWords.singularSubjectPronoun.contains(p.pronoun ?? "") { return nil }
        // The subject is followed by its verb (possibly after an apposition or `, lui,`), not by the quote itself, nor by
        // a colon right before it (`CITATION : « … »`: the colon sieve's to judge, and it turned the label down).
        guard p.nextWord < t, !(p.nextWord + 1 == t && w[p.nextWord].key == ":") else { return nil }
        return SpeakerFind(phrase: p, cue: nil, rule: "sentence-subject")
    }

    /// After stage 2: the named participant who is the subject of the quote's sentence, before the quote.
    static func speaker(of index: Int, _ input: LateAttribution.Input) -> Int? {
        let q = input.quotes[index]
        let sentence = input.model.sentence(at: q.span.start)
        return input.model.mentions(before: q.span.start, paragraphsBack: 0).first { entry in
            entry.mention.sentence == sentence && entry.mention.isSubject && input.model.participants[entry.participant].isNamed
        }?.participant
    }

    /// Stage-1 rules that carry a speaker over from another quote, which the sentence's own subject overrides.
    static let weakRules: Set<QuoteRule> = [.sameSentence, .continuation, .continuationNext, .continuationPreviousParagraph]
}
