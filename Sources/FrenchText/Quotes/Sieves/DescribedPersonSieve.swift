/// Stage 2, part of `role`: a definite description given to no one in the text (`le joueur des Colorado Rapids`,
/// `l’entraîneur malinois`, `L’avocat monégasque`) describes the nearest person named before it who has no role yet,
/// agreeing in gender, within the mention's paragraph or the two before. Journalists introduce a person by name, then
/// call them by what they are.
///
/// Shapes: `Une attaque peu appréciée par Nicolas Benezet. « … », a répondu le joueur des Colorado Rapids.`;
/// `L’ex-président Laurent Gbagbo a lancé un appel. … « … », a déclaré le fondateur du PPA-CI.`;
/// `Vanderbiest devrait avoir une idée. « … », nuance-t-il. ¶ « … », poursuit l’entraîneur malinois.`
/// Not a person who holds another role (`Fatou Ndiaye, journaliste… Le ministre de la Communication du Niger affirme`),
/// not an indefinite or possessive description (`un conseiller du ministre`, `son porte-parole`), not a plural.
enum DescribedPersonSieve {
    static func resolve(_ m: SpeakerMention, _ model: ParticipantModel, _ context: MentionSieve.Context, gender: SpeakerGender?) -> Int? {
        guard let d = m.determiner, d.kind == .definite || d.kind == .demonstrative, m.roleLemma != nil, m.nameWords.isEmpty,
              let first = m.tokens.first,
              !SpeakerPhraseParser.pluralDeterminers.contains(LookupKey.make(context.document.tokens[first].text)) else { return nil }
        // (`la cheffe de l’opposition, Marie-Ève Pelletier`: a name inside the mention is the speaker, not this sieve's)
        // (`le joueur des Colorado Rapids`: a name after `de` is the role's complement, whatever the tagger made of it)
        let tokens = context.document.tokens
        if model.timeline.contains(where: { entry in
            guard entry.mention.span.start >= m.start, entry.mention.span.start < m.end,
                  model.participants[entry.participant].kind == .person else { return false }
            let t = context.document.tokenIndex(atOrAfter: entry.mention.span.start)
            return t == 0 || !SpeakerPhraseParser.deForms.contains(LookupKey.make(tokens[t - 1].text))
        }) { return nil }
        // (`le juge` is no `Nadia Ferhat`: a masculine determiner or role noun asks for a person not stated female)
        let strict = gender ?? (d.gender == .male ? .male : nil)
        let fitting = model.mentions(before: m.start, paragraphsBack: 2).filter { entry in
            let p = model.participants[entry.participant]
            return p.kind == .person && p.isNamed && p.roleLemmas.isEmpty && p.agrees(with: strict)
        }
        // (the nearest subject first, then the nearest: `Alexandre Martin se dit choqué par Dominique Alzéari. … ¶
        // L’avocat estime…`)
        guard let near = fitting.first(where: \.mention.isSubject) ?? fitting.first else { return nil }
        let paragraph = model.paragraph(ofSentence: model.sentence(at: m.start))
        guard !m.complement.isEmpty else { return near.participant }
        // An office named in full (`le fondateur du PPA-CI`) describes the person named in its own paragraph, or the only
        // person the text has named so far; never someone met a few paragraphs back among others.
        let people = Set(model.mentions(before: m.start, paragraphsBack: .max).filter { model.participants[$0.participant].kind == .person }.map(\.participant))
        return near.mention.paragraph == paragraph || people == [near.participant] ? near.participant : nil
    }
}
