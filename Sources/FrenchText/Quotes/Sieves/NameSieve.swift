/// Stage 2, `name`: a name or alias the document uses for a participant — the full name, the surname
/// (`Labelle`), the first name (`Marc`, `Pierre-André`), capitals (`LEGAULT`), an acronym (`CSN`).
enum NameSieve {
    static func resolve(_ m: SpeakerMention, _ model: ParticipantModel, _ context: MentionSieve.Context) -> Int? {
        guard !m.nameWords.isEmpty, m.pronoun == nil else { return nil }
        guard let p = model.participant(named: m.nameWords.joined(separator: " "), before: m.start), p.agrees(with: m.gender) else { return nil }
        return p.id
    }
}
