/// Stage 2, `name`: a name or alias the document uses for a participant — the full name, the surname
/// (`Labelle`), the first name (`Marc`, `Pierre-André`), capitals (`LEGAULT`), an acronym (`CSN`) —, or the full
/// name of a person ending a role's complement (`le chef de l’État Emmanuel Macron`, `le président de la République
/// Faure Gnassingbé`), which the role's words hide from stage 1.
enum NameSieve {
    static func resolve(_ m: SpeakerMention, _ model: ParticipantModel, _ context: MentionSieve.Context) -> Int? {
        guard m.pronoun == nil else { return nil }
        if m.nameWords.isEmpty { return personEndingComplement(m, model) }
        // (`la sénatrice LR`: the party's name qualifies a person's role; the `role` sieve's)
        guard !model.namesMemberOfOrganisation(m) else { return nil }
        guard let p = model.participant(named: m.nameWords.joined(separator: " "), before: m.start), p.agrees(with: m.gender) else { return nil }
        return p.id
    }

    /// The person whose full name (two words or more) ends the complement's last capitalised run, leaving at least
    /// one word of the complement before it.
    static func personEndingComplement(_ m: SpeakerMention, _ model: ParticipantModel) -> Int? {
        let tail = m.complementTail
        guard tail.count >= 3 else { return nil }
        for length in stride(from: tail.count - 1, through: 2, by: -1) {
            let name = tail.suffix(length).joined(separator: " ")
            if let p = model.participant(named: name, before: m.end), p.kind == .person,
               p.name.split(separator: " ").count <= length, p.agrees(with: m.gender) {
                return p.id
            }
        }
        return nil
    }
}
