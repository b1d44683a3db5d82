import Testing
@testable import FrenchText

/// `non-entity-event`: capitalised words ending in an English event word name an event, no entity.
@Suite struct NonEntityEventTests {
    @Test(arguments: [
        "Le président a ouvert mercredi le « Blue Ocean Summit » devant cinquante chefs d’État.",
        "Les éditeurs seront présents à la Lyon Games Week en octobre.",
        "Elle a remporté deux trophées aux Sahel Music Awards samedi.",
    ])
    func anEventIsNoEntity(text: String) {
        let labels = entityLabels(text, date: "2024-01-01")
        #expect(!labels.contains { $0.hasPrefix("PER") || $0.hasPrefix("ORG") }, "\(labels)")
    }

    /// The word alone, or in lower case, names nothing and takes nothing away.
    @Test func aWordAloneTakesNothingAway() {
        let labels = entityLabels("Marie Curie a parlé du festival de Cannes.")
        #expect(labels.contains("PER Marie Curie"), "\(labels)")
    }
}
