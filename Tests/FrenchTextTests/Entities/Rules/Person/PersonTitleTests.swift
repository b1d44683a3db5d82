import Testing
@testable import FrenchText

/// `person-title`: a name after an honorific, the title left out.
@Suite struct PersonTitleTests {
    @Test(arguments: [
        ("M. Volker Türk a ouvert la session.", "Volker Türk"),
        ("Interrogée, Mme Delisle n’a pas répondu.", "Delisle"),
        ("Le Dr Aline Mercier dirige le service.", "Aline Mercier"),
    ])
    func findsTheName(text: String, name: String) {
        #expect(candidates(text, by: .personTitle).contains(name))
    }

    @Test func noNameIsNone() {
        #expect(candidates("Le mot M. figure en tête de la lettre.", by: .personTitle).isEmpty)
    }
}
