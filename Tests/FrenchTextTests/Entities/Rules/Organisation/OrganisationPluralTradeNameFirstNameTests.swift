import Testing
@testable import FrenchText

/// A first name that is also a plural common noun (`Gilles`) opens a person's name, not a trade name.
@Suite struct OrganisationPluralTradeNameFirstNameTests {
    @Test func aFirstNameIsNoTradeNameHead() {
        let labels = entityLabels("« Le marché reprend », explique Gilles Renouard, directeur de la société.")
        #expect(labels.contains("PER Gilles Renouard"))
        #expect(!labels.contains("ORG Gilles Renouard"))
    }

    @Test func aPluralCommonNounStillOpensATradeName() {
        #expect(candidates("Il travaille chez Transports Dupuis depuis mai.", by: .organisationPluralTradeName) == ["Transports Dupuis"])
    }
}
