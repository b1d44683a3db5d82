/// A role description opening the text's account before its holder is named: `Le ministre de la Communication a démenti
/// l’information. Il a soutenu que « … ». ¶ Le ministre en charge de la Communication, Rémis Dandjinou, a appelé…` — the
/// description (and the pronouns after it) is the person the next sentences name with the same role, a capitalised
/// word of its complement in common (`Communication`), not an unnamed participant of its own. One such person only,
/// first named within the three sentences after it, agreeing with the gender the description states.
///
/// ```swift
/// // "Le ministre de la Communication a démenti. Il a soutenu que « … ». Le ministre en charge de la Communication, Paul Roy, a…"
/// model.participant(named: "Paul Roy")?.mentions.first?.text   // "Le ministre"
/// ```
extension ParticipantModelBuilder {
    /// Sentences after the description within which its holder must be named.
    static let roleNamedAfterReach = 3

    /// The one person first named after code point `offset` (sentence `sentence`) within ``roleNamedAfterReach`` sentences,
    /// whose stated role has `role.lemma` and shares a word of `role.complement`, agreeing with `gender`; nil otherwise.
    func holderNamedAfter(_ offset: Int, sentence: Int, gender: SpeakerGender?, role: (lemma: String, complement: Set<String>)) -> Int? {
        guard !role.complement.isEmpty else { return nil }
        let fitting = participants.filter { p in
            guard p.kind == .person, p.isNamed, p.roleLemmas.contains(role.lemma),
                  let first = p.mentions.first(where: { !$0.insideQuote }), first.span.start > offset,
                  first.sentence <= sentence + Self.roleNamedAfterReach else { return false }
            if let gender, let stated = p.genderVotes.first(where: { $0.key != .unknown && $0.value > 0 })?.key, stated != gender { return false }
            let stated = Set(p.roles.joined(separator: " ").split(whereSeparator: { !$0.isLetter && $0 != "-" }).map { LookupKey.make($0) })
            return !role.complement.isDisjoint(with: stated)
        }
        return fitting.count == 1 ? fitting[0].id : nil
    }
}
