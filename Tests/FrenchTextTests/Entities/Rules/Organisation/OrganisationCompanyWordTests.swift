import Testing
@testable import FrenchText

/// `organisation-company-word`: a coined word and a trade word.
@Suite struct OrganisationCompanyWordTests {
    @Test(arguments: [
        ("Le contrat a été signé avec Domivia Services en juin.", "Domivia Services"),
        ("Les camions de Arvalor Logistique sont bloqués.", "Arvalor Logistique"),
    ])
    func aCoinedWordAndATradeWordAreACompany(text: String, name: String) {
        #expect(candidates(text, by: .organisationCompanyWord) == [name])
    }

    @Test func aKnownWordBeforeATradeWordIsNone() {
        #expect(candidates("La commune a créé des Services techniques.", by: .organisationCompanyWord).isEmpty)
    }
}
