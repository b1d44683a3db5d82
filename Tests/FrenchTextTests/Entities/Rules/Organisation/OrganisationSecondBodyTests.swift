import Testing
@testable import FrenchText

/// `et de` + another body's head noun, in any case, ends the first organisation's name: `le Parlement fédéral et du
/// gouvernement fédéral`; a coordinated complement stays inside (`ministère de l’Économie et des Finances`).
@Suite struct OrganisationSecondBodyTests {
    @Test func aSecondHeadNounEndsTheName() {
        let labels = entityLabels("Le projet dépend du Parlement fédéral et du gouvernement fédéral.")
        #expect(labels.contains("ORG Parlement fédéral"))
        #expect(!labels.contains { $0.contains("gouvernement") })
    }

    @Test func aSecondHeadNounInCapitalsEndsItToo() {
        let labels = entityLabels("Il a écrit au Conseil national et à la Commission européenne.")
        #expect(labels.contains("ORG Conseil national"))
        #expect(labels.contains("ORG Commission européenne"))
    }

    @Test func aCoordinatedComplementStays() {
        #expect(entityLabels("Le ministère de l’Économie et des Finances a publié un avis.") == ["ORG ministère de l’Économie et des Finances"])
    }
}
