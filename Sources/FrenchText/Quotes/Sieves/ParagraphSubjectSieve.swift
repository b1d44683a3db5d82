/// Stage 1, `paragraph-subject`: a quote opening its sentence, without a cue, after a sentence of its paragraph about
/// a person (since the paragraph's last attributed quote), goes to that person — unless it is the last speaker.
///
/// Shapes: `Anne-Pierre de Montesquiou, un ancien ingénieur, a appris la nouvelle lundi. « … »`;
/// `« A », a déclaré X. Y, lui, n’est pas d’accord. « B »` → Y.
enum ParagraphSubjectSieve {
    static func propose(_ input: SieveInput) -> SieveProposal? {
        // (the last speaker of a quote is the continuation sieves'; one who only spoke in reported speech is not:
        // `Le conseiller Henrion suggère d’éclairer le parc. « … »` → Henrion)
        let lastQuoteSpeaker = input.history.lastInParagraph?.attribution.speaker?.key
        guard input.t == input.s, let found = recentSubject(input.words, input.t, after: input.attributedTokenInParagraph, parser: input.parser),
              let phrase = found.phrase, !(lastQuoteSpeaker.map { input.parser.mentions(found: phrase, key: $0) } ?? false) else { return nil }
        return .mention(found, confidence: 0.5)
    }

    /// The person opening one of the sentences before quote `t` in its paragraph (or `paragraphsBack` paragraphs
    /// before), after word `after` (the last attributed quote): `Anne-Pierre de Montesquiou, un ancien ingénieur,
    /// a appris… « … »`.
    static func recentSubject(_ w: [QuoteItem], _ t: Int, after: Int?, parser: SpeakerPhraseParser, paragraphsBack: Int = 0,
                              organisations: Bool = false) -> SpeakerFind? {
        var end = t
        var sentences = 0
        while end > 0, w[t].paragraph - w[end - 1].paragraph <= paragraphsBack, sentences < 6 {
            var s = end - 1
            while s > 0, w[s - 1].sentence == w[end - 1].sentence { s -= 1 }
            if let after, s <= after { return nil }
            if w[s].isWord, let p = parser.phrase(w, at: s, limit: end), p.form == .name || p.form == .role, !p.isOrganisation || organisations,
               p.form == .role || p.titleGender != nil || p.nameWords.count >= 2 || p.roleLemma != nil || p.isOrganisation && p.hasDeterminer,
               p.nextWord < end {
                return SpeakerFind(phrase: p, cue: nil, rule: "paragraph-subject")
            }
            if let p = subjectAfterIntroduction(w, s, end: end, parser: parser) { return SpeakerFind(phrase: p, cue: nil, rule: "paragraph-subject") }
            end = s
            sentences += 1
        }
        return nil
    }

    /// `En patientant dans la file, Théophile Dabiré énumère les maux du pays.`: a person named in full (or with a title)
    /// right after a short introductory clause (at most eight words, no verb of its own, no quote) is the subject; so is
    /// one described by a role noun (`Mais avant cela, le coach avait un match à préparer.`).
    static func subjectAfterIntroduction(_ w: [QuoteItem], _ s: Int, end: Int, parser: SpeakerPhraseParser) -> SpeakerPhrase? {
        guard let comma = (s..<min(end, s + 9)).first(where: { !w[$0].isWord }), w[comma].key == ",", comma > s, comma + 1 < end,
              (s..<comma).allSatisfy({ !parser.isFiniteVerbWord(w[$0].key) }),
              let p = parser.phrase(w, at: comma + 1, limit: end), !p.isOrganisation,
              p.form == .name && (p.titleGender != nil || p.nameWords.count >= 2) || p.form == .role && p.roleLemma != nil && !p.isPlural,
              p.nextWord < end, w[p.nextWord].isWord else { return nil }
        return p
    }
}
