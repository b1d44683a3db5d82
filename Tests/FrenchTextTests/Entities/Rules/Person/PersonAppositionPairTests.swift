import Testing
@testable import FrenchText

/// A name of two words before an apposed role is a person's, even when the second word is also a town's
/// (`Lambert Mende, porte-parole du gouvernement`), and an acronym before a particle opens no name
/// (`l’imprimerie CTD de Dammartin-en-Goëlle`).
@Suite struct PersonAppositionPairTests {
    @Test(arguments: [
        ("Lambert Mende, porte-parole du gouvernement, a démenti ces informations.", "PER Lambert Mende"),
        ("Selon Bernard Tulle, directeur de l’usine, la production reprendra lundi.", "PER Bernard Tulle"),
    ])
    func twoNamesBeforeARoleAreAPerson(text: String, label: String) {
        let labels = entityLabels(text)
        #expect(labels.contains(label), "\(labels)")
        #expect(!labels.contains { $0.hasPrefix("LOC") }, "\(labels)")
    }

    @Test func anAcronymBeforeAParticleIsNoPerson() {
        let labels = entityLabels("Les salariés de l’imprimerie CTD de Dammartin-en-Goëlle ont été reçus.")
        #expect(!labels.contains { $0.hasPrefix("PER") }, "\(labels)")
    }
}
