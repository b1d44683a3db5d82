/// Stage 2, `name`: a name or alias the document uses for a participant — the full name, the surname
/// (`Labelle`), the first name (`Marc`, `Pierre-André`), capitals (`LEGAULT`), an acronym (`CSN`).
enum NameSieve {
    static func resolve(_ m: SpeakerMention, _ model: ParticipantModel, _ context: MentionSieve.Context) -> Int? {
        // (`la sénatrice LR`: the party's name qualifies a person's role; the `role` sieve's)
        guard !m.nameWords.isEmpty, m.pronoun == nil, !model.namesMemberOfOrganisation(m) else { return nil }
        guard let p = model.participant(named: m.nameWords.joined(separator: " "), before: m.start), p.agrees(with: m.gender) else { return nil }
        return p.id
    }
}
