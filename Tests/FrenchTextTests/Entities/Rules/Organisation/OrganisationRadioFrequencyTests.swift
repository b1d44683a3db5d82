import Testing
@testable import FrenchText

/// `organisation-radio-frequency`: a radio station named by its FM frequency is an organisation.
@Suite struct OrganisationRadioFrequencyTests {
    @Test(arguments: [
        ("Il a tenu ces propos lors de sa chronique à la radio du 98,5 FM mardi.", "ORG 98,5 FM"),
        ("L’entrevue a été diffusée sur les ondes de 107.7 FM dans la soirée.", "ORG 107.7 FM"),
    ])
    func aFrequencyAndItsBandAreAStation(text: String, label: String) {
        let labels = entityLabels(text)
        #expect(labels.contains(label), "\(labels)")
    }

    @Test(arguments: [
        "Le taux est passé à 12,5 % en un an.",
        "La station émet sur 98,5 depuis janvier.",
    ])
    func aNumberAloneIsNoStation(text: String) {
        #expect(!entityLabels(text).contains { $0.hasPrefix("ORG") })
    }
}
