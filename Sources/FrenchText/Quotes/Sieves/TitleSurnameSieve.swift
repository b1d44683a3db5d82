/// Stage 2, `title-surname`: a title or a role noun with a name (`M. Coderre`, `Mme Delisle`, `la ministre Déry`,
/// `le ministre Bégin`, `le président Macron`) → the participant of that name whose gender agrees.
enum TitleSurnameSieve {
    static func resolve(_ m: SpeakerMention, _ model: ParticipantModel, _ context: MentionSieve.Context) -> Int? {
        guard m.titleGender != nil || m.roleLemma != nil, !m.nameWords.isEmpty, !model.namesMemberOfOrganisation(m) else { return nil }
        guard let p = model.participant(named: m.nameWords.joined(separator: " "), before: m.start), p.agrees(with: m.gender) else { return nil }
        return p.id
    }
}
