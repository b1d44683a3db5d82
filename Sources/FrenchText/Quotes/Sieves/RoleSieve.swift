/// Stage 2, `role`: a role noun (`la Première ministre`, `le maire de Montréal`, `l’entraîneur liégeois`,
/// `le procureur de la République`) → the participant the text gives that role, the nearest before, else the
/// next one named (`Le procureur … a évoqué « … ». Dominique Alzéari…`), else the most salient agreeing person.
enum RoleSieve {
    static func resolve(_ m: SpeakerMention, _ model: ParticipantModel, _ context: MentionSieve.Context) -> Int? {
        guard let lemma = m.roleLemma, m.pronoun == nil, !m.isOrganisationNoun else { return nil }
        let gender = m.gender
        func holds(_ p: Participant) -> Bool { p.kind == .person && p.roleLemmas.contains(lemma) && p.agrees(with: gender) }
        if let before = model.mentions(before: m.start, paragraphsBack: 50).first(where: { holds(model.participants[$0.participant]) }) {
            return before.participant
        }
        if let after = model.mentions(after: m.end, paragraphsAhead: 2).first(where: { holds(model.participants[$0.participant]) }) {
            return after.participant
        }
        // A description the text never gave anyone: the person it is about, who has no other role of that kind.
        return model.mostSalient(before: m.start, gender: gender, kind: .person, recentSpeakers: context.recentSpeakers)
            ?? model.firstNamed(after: m.end, gender: gender)
    }
}
