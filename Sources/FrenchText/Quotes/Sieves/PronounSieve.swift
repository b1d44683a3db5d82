/// Stage 2, `pronoun`: `il`, `elle`, `-t-il`, `iel` → the most salient agreeing person: the subject of the current
/// or the previous sentence, else the last speaker, else the last person named (``ParticipantModel``).
///
/// Shapes: `M. Legault a défendu… « … », a-t-il dit.`; `Mathilde Panot a attaqué… : « … » a-t-elle lancé`;
/// `le président de la Confédération Alain Berset… Dans son discours, il a plaidé pour « … »`. The impersonal `on`
/// goes to the organisation the text is about (`Dans son communiqué, la préfecture… « … », peut-on lire`), and so does a
/// plural `ils`, `elles` (`La direction… « … », indiquent-ils`: no one person, nil when no organisation is the subject).
enum PronounSieve {
    static func resolve(_ m: SpeakerMention, _ model: ParticipantModel, _ context: MentionSieve.Context) -> Int? {
        guard let pronoun = m.pronoun else { return nil }
        // `peut-on lire`, `indique-t-on`: the organisation the sentence or the one before is about.
        if ParticipantLexicon.shared.quotes.pronouns[pronoun] == .unknown { return model.subject(before: m.start, kind: .organisation, sentencesBack: 1) }
        // `indiquent-ils`, `ont-elles ajouté`: several people, never one of them; an organisation subject at most.
        if !SpeakerResolver.quoteSingularPronouns.contains(pronoun) { return model.subject(before: m.start, kind: .organisation, sentencesBack: 1) }
        // (`Luc Martin a encore du mal à y croire. ¶ Le gérant… ¶ Le 18 janvier, il est réveillé… ¶ « … », assure-t-il`: past the
        // paragraphs the salience reaches, the only person the text has named)
        return model.mostSalient(before: m.start, gender: m.gender, kind: .person, recentSpeakers: context.recentSpeakers)
            ?? model.onlyNamedPerson(before: m.start).flatMap { model.participants[$0].agrees(with: m.gender) ? $0 : nil }
            ?? firstNamedAfterOpening(m, model)
    }

    /// A pronoun before any person is named (`… du maire qui invite ses administrés « … », dit-il. … « … », souligne Serge
    /// Martin, maire de Lunel.`: the text opens on someone it names a little later) → the first person named after it,
    /// in its paragraph, who agrees in gender. (Its path stays `pronoun`: the calibrated confidence of other pronouns.)
    static func firstNamedAfterOpening(_ m: SpeakerMention, _ model: ParticipantModel) -> Int? {
        guard !model.timeline.contains(where: { $0.mention.span.start < m.start && !$0.mention.insideQuote
            && model.participants[$0.participant].kind == .person }) else { return nil }
        let paragraph = model.paragraph(ofSentence: model.sentence(at: m.start))
        return model.mentions(after: m.end, paragraphsAhead: 0).first { entry in
            let p = model.participants[entry.participant]
            return entry.mention.paragraph == paragraph && p.kind == .person && p.isNamed && p.agrees(with: m.gender)
        }?.participant
    }
}
