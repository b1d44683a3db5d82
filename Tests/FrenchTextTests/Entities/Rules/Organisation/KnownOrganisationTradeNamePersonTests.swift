import Testing
@testable import FrenchText

/// `known-organisation-trade-name`: after a known acronym, two words the dictionary does not know at all are a
/// person's foreign first name and surname (`l’échevin PS Lotfi Mostefa`), not a branch of the organisation.
@Suite struct KnownOrganisationTradeNamePersonTests {
    @Test(arguments: [
        ("Les Engagés, le MR et l’échevin PS Lotfi Mostefa demandent une pause.", "ORG PS"),
        ("Le député MR Kalvin Soiresse a interpellé le ministre.", "ORG MR"),
    ])
    func anUnknownPairAfterAnAcronymIsNoBranch(text: String, label: String) {
        let labels = entityLabels(text)
        #expect(labels.contains(label), "\(labels)")
    }

    @Test func aKnownBranchWordStays() {
        #expect(entityLabels("La CGT Cheminots appelle à la grève.").contains("ORG CGT Cheminots"))
    }
}
