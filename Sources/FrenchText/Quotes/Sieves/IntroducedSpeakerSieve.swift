/// Stage 1, `paragraph-subject:introduced` (writes `paragraph-subject`): a paragraph opening with a quote, after a
/// sentence of the paragraph before that introduces someone with a role since the last speech, goes to that person
/// (the press's way of handing the floor over).
///
/// Shape: `« A », a déclaré X. Karim Benali, porte-parole du collectif, ne partage pas cet avis. ¶ « B »` → Karim Benali.
enum IntroducedSpeakerSieve {
    static func propose(_ input: SieveInput) -> SieveProposal? {
        let w = input.words, t = input.t
        guard t == input.s, t == 0 || w[t - 1].paragraph != input.paragraph, let after = input.history.lastAttributionToken,
              let found = ParagraphSubjectSieve.recentSubject(w, t, after: after, parser: input.parser, paragraphsBack: 1),
              let phrase = found.phrase, phrase.form == .name, phrase.role != nil || phrase.roleLemma != nil,
              !(input.history.lastAttribution?.attribution.speaker?.key.map { input.parser.mentions(found: phrase, key: $0) } ?? false)
        else { return nil }
        return .mention(found, confidence: 0.5)
    }
}
