/// A role phrase never runs over another person's name: in `entre la juge Anne Morel et Me Paul Girard`, `juge` is
/// Anne Morel's (the name right after it), not Paul Girard's, though it is the nearest role noun before him.
///
/// ```swift
/// // "Le ton est monté entre la juge Anne Morel et Me Paul Girard."
/// model.participant(named: "Paul Girard")?.roles   // [] (Anne Morel holds `juge`)
/// ```
extension ParticipantModelBuilder {
    /// Tokens `tokens` (a role phrase before a name) hold the start of a person's name recorded before.
    func roleRunsOverPerson(_ tokens: Range<Int>) -> Bool {
        guard tokens.count > 1 else { return false }
        let lo = document.tokens[tokens.lowerBound].span.start, hi = document.tokens[tokens.upperBound - 1].span.end
        return participants.contains { p in
            p.kind == .person && p.mentions.contains { $0.span.start >= lo && $0.span.start < hi }
        }
    }
}
