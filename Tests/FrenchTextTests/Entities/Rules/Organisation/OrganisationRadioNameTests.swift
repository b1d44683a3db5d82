import Testing
@testable import FrenchText

/// `organisation-radio-name`: a radio station named by a name and its band; media of the list in other cases.
@Suite struct OrganisationRadioNameTests {
    @Test(arguments: [
        ("Il l’a confirmé au micro de la radio privée Horizon FM jeudi soir.", "ORG Horizon FM"),
        ("Selon Kalac FM, le maire a démissionné.", "ORG Kalac FM"),
        ("Les auditeurs de Radio Soleil Vert FM ont appelé en nombre.", "ORG Radio Soleil Vert FM"),
    ])
    func aNameAndItsBandIsARadio(text: String, label: String) {
        #expect(entityLabels(text).contains(label), "\(entityLabels(text))")
    }

    @Test func aBandAloneIsNoRadio() {
        let text = "Le signal FM couvre toute la région depuis mardi."
        #expect(candidates(text, by: .organisationRadioName).isEmpty, "\(candidates(text, by: .organisationRadioName))")
    }

    @Test(arguments: [
        ("Il était mardi l’invité de Rfm pour parler du budget.", "ORG Rfm"),
        ("Le juge a confirmé à le360 que le verdict tomberait lundi.", "ORG le360"),
        ("Dans la commune, La Dépêche a recueilli le témoignage des habitants.", "ORG La Dépêche"),
    ])
    func aKnownMediumInAnotherCaseIsTheMedium(text: String, label: String) {
        #expect(entityLabels(text).contains(label), "\(entityLabels(text))")
    }
}
