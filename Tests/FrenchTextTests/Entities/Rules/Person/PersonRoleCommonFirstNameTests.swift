import Testing
@testable import FrenchText

/// After a role, a first name the dictionary also has as a common word opens the name when an unknown name follows:
/// `du coach Hein Vanhaezebrouck`, `l’entraîneur Hein Vanhaezebrouck`.
@Suite struct PersonRoleCommonFirstNameTests {
    @Test(arguments: [
        ("La question fut évoquée lors de la conférence de presse du coach Hein Vanhaezebrouck.", "Hein Vanhaezebrouck"),
        ("Selon l’entraîneur Hein Vanhaezebrouck, le match était fermé.", "Hein Vanhaezebrouck"),
    ])
    func theNameIsFound(text: String, name: String) {
        #expect(candidates(text, by: .personRole) == [name])
    }

    @Test func aCommonWordBeforeAKnownWordIsNoName() {
        #expect(candidates("Le président Macron Visite la région.", by: .personRole) == ["Macron"])
    }
}
