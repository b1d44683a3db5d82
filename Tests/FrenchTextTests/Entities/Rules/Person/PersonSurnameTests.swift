import Testing
@testable import FrenchText

/// `person-surname`: a surname the lexicon knows where a person is expected.
@Suite struct PersonSurnameTests {
    @Test(arguments: [
        ("Ils ont entonné des \"Macron y a le téléfon qui son\" place Bouchard.", "Macron"),
    ])
    func findsTheName(text: String, name: String) {
        #expect(candidates(text, by: .personSurname).contains(name))
    }

    @Test func noNameIsNone() {
        #expect(candidates("Le lauréat du prix Nobel de la paix a été libéré.", by: .personSurname).isEmpty)
    }
}
