/// A name closing the complement of a role apposed to another person is whom the role serves, not its holder:
/// `Me Léa Roux, avocate de la veuve Anne Martin, …` makes Léa Roux the lawyer (``roleAfter(_:sentence:)``), and a
/// later `l’avocate` means her, never Anne Martin. Same shape with a determiner or another role:
/// `Claire Fabre, l’avocate de Marc Leduc`, `Sophie Blanc, entraîneuse d’Inès Roy`.
///
/// ```swift
/// // "Me Léa Roux, avocate de la veuve Anne Martin, a fait appel."
/// model.participant(named: "Anne Martin")?.roleLemmas   // [] (Léa Roux holds `avocat`)
/// ```
extension ParticipantModelBuilder {
    /// The role phrase opening at token `roleStart` (determiner included) and running into the name at token `name`
    /// with no comma follows a comma closing a person's name recorded before it in the sentence: an apposition to
    /// that person. (`X, le maire de Montréal, M. Denis Coderre`, with a comma before the name, stays Denis Coderre's.)
    func roleServesPersonBefore(_ roleStart: Int, name: Int, sentenceStart: Int) -> Bool {
        guard roleStart - 2 >= sentenceStart, name > roleStart, !isKey(name - 1, Self.comma), isKey(roleStart - 1, Self.comma) else { return false }
        let nameEnd = document.tokens[roleStart - 2].span.end
        return participants.contains { p in
            p.kind == .person && p.mentions.contains { $0.span.end == nameEnd }
        }
    }
}
