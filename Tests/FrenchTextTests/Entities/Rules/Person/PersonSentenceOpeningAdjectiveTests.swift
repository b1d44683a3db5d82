import Testing
@testable import FrenchText

/// At a sentence start, a capitalised word that is also an adjective (`Seule`, `Seul`) qualifies the name after it
/// and is no first name: `Seule Marie Curie avait…` → `Marie Curie`.
@Suite struct PersonSentenceOpeningAdjectiveTests {
    @Test(arguments: [
        ("Seule Nathalie Dubois a répondu à nos questions.", "PER Nathalie Dubois"),
        ("Seul Pierre Dumas est resté jusqu’à la fin.", "PER Pierre Dumas"),
        ("Seule Marie Curie avait obtenu deux prix Nobel.", "PER Marie Curie"),
    ])
    func theAdjectiveIsNoPartOfTheName(text: String, label: String) {
        let labels = entityLabels(text)
        #expect(labels.contains(label), "\(labels)")
    }

    /// A common noun that is a first name in a person context still opens the name (`Alpha Oumar Sow-Bangoura`).
    @Test func aCommonFirstNameStillOpensTheName() {
        let labels = entityLabels("Le journaliste guinéen Alpha Oumar Sow-Bangoura a été libéré.")
        #expect(labels.contains("PER Alpha Oumar Sow-Bangoura"), "\(labels)")
    }
}
