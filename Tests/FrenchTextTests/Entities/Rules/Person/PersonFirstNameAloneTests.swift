import Testing
@testable import FrenchText

/// `person-first-name-alone`: a first name alone.
@Suite struct PersonFirstNameAloneTests {
    @Test(arguments: [
        ("« On veut des trottoirs sûrs », a expliqué sa mère, Sophie, à la sortie.", "Sophie"),
    ])
    func findsTheName(text: String, name: String) {
        #expect(candidates(text, by: .personFirstNameAlone).contains(name))
    }

    @Test func noNameIsNone() {
        #expect(candidates("Le Musée Grévin a rouvert ses portes.", by: .personFirstNameAlone).isEmpty)
    }
}
