import Testing
@testable import FrenchText

/// `person-coordinated`: an unknown capitalised word in a list with people is a person.
@Suite struct PersonCoordinatedTests {
    @Test(arguments: [
        ("Gérald Darmanin et Bruno Retailleau étaient là. Darmanin, Retailleau et Attal ont voté.", "Attal"),
        ("Élisabeth Borne a parlé. Ensuite Kerbrat et Borne ont répondu aux questions.", "Kerbrat"),
        ("Marie Dupuis et Paul Lemaire sont candidats. Entre Dupuis, Lemaire et Vaugrenard, le choix est fait.", "Vaugrenard"),
    ])
    func anUnknownMemberOfAListOfPeopleIsAPerson(text: String, name: String) {
        #expect(entityLabels(text).contains("PER \(name)"))
    }

    @Test func aCommaWithoutAListIsNone() {
        #expect(!entityLabels("Selon Bruno Retailleau, Vaugrenard doit partir.").contains("PER Vaugrenard"))
    }

    @Test func aCommonWordIsNoMember() {
        #expect(!entityLabels("Marie Dupuis et Paul Lemaire, Directeurs et Associés, ont signé.").contains("PER Associés"))
    }
}
