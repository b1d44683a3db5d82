import Testing
@testable import FrenchText

/// `organisation-plural-trade-name`: a capitalised plural noun before an unknown name.
@Suite struct OrganisationPluralTradeNameTests {
    @Test(arguments: [
        ("Les Transports Dupuis embauchent vingt chauffeurs.", "Transports Dupuis"),
        ("Papiers Boréal-Nordique a annoncé la fermeture de son usine.", "Papiers Boréal-Nordique"),
    ])
    func aPluralNounAndANameAreATradeName(text: String, name: String) {
        #expect(candidates(text, by: .organisationPluralTradeName) == [name])
    }

    @Test func aPluralNounBeforeAFirstNameIsNone() {
        #expect(candidates("Transports publics : Marie Dupont répond.", by: .organisationPluralTradeName).isEmpty)
    }
}
