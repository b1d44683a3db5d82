import Testing
@testable import FrenchText

/// One letter after a group noun is the label of a draw or a list (`le groupe F`, `le groupe G`), no organisation;
/// a name after the noun still is one (`le groupe Bolloré`).
@Suite struct OrganisationIntroducedLabelTests {
    @Test(arguments: [
        "Placé dans le groupe F avec le Ghana, le Cameroun devra s’imposer.",
        "Les Lions joueront dans le groupe G contre la Suisse.",
    ])
    func aLetterIsALabel(text: String) {
        let labels = entityLabels(text)
        #expect(!labels.contains { $0.hasPrefix("ORG") && $0.count == 5 }, "\(labels)")
    }

    @Test func aNameAfterTheNounStaysAnOrganisation() {
        #expect(entityLabels("Le groupe Bolloré a racheté le terminal.").contains("ORG Bolloré"))
    }
}
