/// A name after an honorific, the title left out: `M. Volker Türk` → `Volker Türk`, `Mme Delisle` → `Delisle`.
/// A form of address, an honorific before a lower-case article (`M. le Président`, `Madame la Ministre`, `Monsieur
/// le Maire`), names an office, not a person.
extension PersonRecognizer {
    /// The `person-title` rule at word `i`.
    func titleRule(at i: Int) -> [EntityCandidate]? {
        guard tables.titles.contains(words[i].form) else { return nil }
        if let next = context.word(i + 1), !next.isCapitalized, OrganisationRecognizer.articles.contains(next.key) { return nil }
        guard let end = nameEnd(from: i + 1, strong: true) else { return nil }
        return [EntityCandidate((i + 1)..<end, .person, rule: .personTitle, priority: EntityPriority.person + 5)]
    }
}
