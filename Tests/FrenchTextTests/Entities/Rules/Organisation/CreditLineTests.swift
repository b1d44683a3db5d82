import Testing
@testable import FrenchText

/// A photo credit `Name/AGENCY`: the agency is an organisation even when the dictionary knows the word, the name
/// before it the photographer, in either order of first name and surname.
@Suite struct CreditLineTests {
    @Test(arguments: [
        ("Crédits photo : Liewig Christian/ABACA", ["PER Liewig Christian", "ORG ABACA"]),
        ("Le président lors de sa visite. © Marc Tardieu/SIPA", ["PER Marc Tardieu", "ORG SIPA"]),
        ("Photo : Hervé Kerdoncuff/MAXPPP", ["PER Hervé Kerdoncuff", "ORG MAXPPP"]),
    ])
    func theAgencyAndThePhotographer(text: String, expected: [String]) {
        let labels = entityLabels(text)
        for e in expected { #expect(labels.contains(e), "\(e) in \(labels)") }
    }

    /// Capitals after a slash inside a word pair with no credit shape make no person.
    @Test func aSlashInTextIsNoCredit() {
        let labels = entityLabels("Le protocole TCP/IP reste la norme.")
        #expect(!labels.contains { $0.hasPrefix("PER") }, "\(labels)")
    }
}
