import Testing
@testable import FrenchText

/// Capitals that spell a common word once an `e` takes its accent back are no acronym: `VIDEO`, `CREDIT`;
/// an acronym that spells no word stays one.
@Suite struct OrganisationAcronymAccentlessTests {
    @Test(arguments: [
        "VIDEO - Le maire inaugure la nouvelle piscine",
        "Le bâtiment après l’incendie – CREDIT : la rédaction",
    ])
    func accentlessWordIsNoOrganisation(text: String) {
        let labels = entityLabels(text)
        #expect(!labels.contains { $0.hasPrefix("ORG") }, "\(labels)")
    }

    @Test func anAcronymStaysOne() {
        #expect(entityLabels("Le sommet de la CEDEAO s’ouvre demain à Abuja.").contains("ORG CEDEAO"))
    }
}
