import Testing
@testable import FrenchText

/// `person-apposition`: an unknown name before an apposition.
@Suite struct PersonAppositionTests {
    @Test(arguments: [
        ("Kalemba, secrétaire général de l’association, a été convoqué.", "Kalemba"),
        ("Ndayisaba, porte-parole du collectif, dément.", "Ndayisaba"),
    ])
    func findsTheName(text: String, name: String) {
        #expect(candidates(text, by: .personApposition).contains(name))
    }

    @Test func noNameIsNone() {
        #expect(candidates("Kalemba, ville du sud, est inondée.", by: .personApposition).isEmpty)
    }
}
