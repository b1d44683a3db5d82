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
    }
}
