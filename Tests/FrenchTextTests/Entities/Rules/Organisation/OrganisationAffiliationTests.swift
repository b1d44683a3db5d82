import Testing
@testable import FrenchText

/// `CCMM–CSN`: an organisation and the acronym of the body it belongs to, joined by a dash, are one name.
@Suite struct OrganisationAffiliationTests {
    @Test(arguments: [
        ("La présidente du conseil régional (CCMM–CSN) a pris la parole.", "ORG CCMM–CSN"),
        ("Le Syndicat des travailleurs de Bombardier Canada–CSN a voté la grève.", "ORG Syndicat des travailleurs de Bombardier Canada–CSN"),
    ])
    func theAffiliationIsPartOfTheName(text: String, expected: String) {
        #expect(entityLabels(text).contains(expected))
    }

    @Test func aSpacedDashSeparatesTwoNames() {
        let labels = entityLabels("Le Syndicat des travailleurs de Bombardier – CSN a voté la grève.")
        #expect(!labels.contains { $0.contains("–") })
    }
}
