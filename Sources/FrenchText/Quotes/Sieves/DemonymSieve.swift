/// Stage 2, `demonym`: `le Français`, `la Belge`, `l’Américaine` → the participant of that nationality, else the most
/// salient agreeing person (`L’entraîneur du Standard, Philippe Montanier… « … », ajoute le Français.`).
enum DemonymSieve {
    static func resolve(_ m: SpeakerMention, _ model: ParticipantModel, _ context: MentionSieve.Context) -> Int? {
        guard let d = m.demonym, m.pronoun == nil else { return nil }
        if let p = model.participants.first(where: { $0.kind == .person && $0.nationality == d.lemma && $0.agrees(with: m.gender) }) { return p.id }
        return model.mostSalient(before: m.start, gender: m.gender, kind: .person, recentSpeakers: context.recentSpeakers)
            ?? model.firstNamed(after: m.end, gender: m.gender)
    }
}
