import Testing
@testable import FrenchText

/// `organisation-legal-form`: a name before a legal form.
@Suite struct OrganisationLegalFormTests {
    @Test(arguments: [
        ("Le fournisseur Kessler GmbH livrera les turbines.", "Kessler GmbH"),
        ("Un prêt a été accordé à Boréalis inc. pour son usine.", "Boréalis inc."),
        ("Les ouvriers de Ardennes Bois SARL sont en grève.", "Ardennes Bois SARL"),
    ])
    func aNameBeforeALegalFormIsACompany(text: String, name: String) {
        #expect(candidates(text, by: .organisationLegalForm) == [name])
    }

    @Test func aLegalFormAloneIsNone() {
        #expect(candidates("Il a fondé une SARL avec son frère.", by: .organisationLegalForm).isEmpty)
    }

    @Test func aSentenceInitialDeterminerIsNoName() {
        withKnownIssue("a capitalised determiner opening the sentence is read as the company's name") {
            #expect(candidates("Une SARL doit publier ses comptes.", by: .organisationLegalForm).isEmpty)
        }
    }
}
