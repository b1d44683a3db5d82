/// Stage 2, `pronoun`: `il`, `elle`, `-t-il`, `iel` → the most salient agreeing person: the subject of the current
/// or the previous sentence, else the last speaker, else the last person named (``ParticipantModel``).
///
/// Shapes: `M. Legault a défendu… « … », a-t-il dit.`; `Mathilde Panot a attaqué… : « … » a-t-elle lancé`;
/// `le président de la Confédération Alain Berset… Dans son discours, il a plaidé pour « … »`.
enum PronounSieve {
    static func resolve(_ m: SpeakerMention, _ model: ParticipantModel, _ context: MentionSieve.Context) -> Int? {
        guard let pronoun = m.pronoun, ParticipantLexicon.shared.quotes.pronouns[pronoun] != .unknown else { return nil }
        return model.mostSalient(before: m.start, gender: m.gender, kind: .person, recentSpeakers: context.recentSpeakers)
    }
}
