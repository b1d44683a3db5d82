import Testing
@testable import FrenchText

/// `person-first-name`: a first name the lexicon knows and a name.
@Suite struct PersonFirstNameTests {
    @Test(arguments: [
        ("Anna Wright, spécialiste de la région, a réagi.", "Anna Wright"),
        ("Jean-Luc Mélenchon a tenu un meeting à Lille.", "Jean-Luc Mélenchon"),
    ])
    func findsTheName(text: String, name: String) {
        #expect(candidates(text, by: .personFirstName).contains(name))
    }

    @Test func noNameIsNone() {
        #expect(candidates("La Coupe Davis a été remportée par l’Italie.", by: .personFirstName).isEmpty)
    }
}
