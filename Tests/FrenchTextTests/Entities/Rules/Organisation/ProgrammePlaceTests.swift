import Testing
@testable import FrenchText

/// A competition or programme is no entity, but a known place named last in it is (`Coupe de Belgique` → LOC
/// Belgique), as an organisation named last is (`… de la CAF`).
@Suite struct ProgrammePlaceTests {
    @Test(arguments: [
        ("Anderlecht a été éliminé en huitièmes de finale de la Coupe de Belgique.", "LOC Belgique"),
        ("Le club dispute la Coupe de France dimanche.", "LOC France"),
        ("Le Championnat du Sénégal reprend en mars.", "LOC Sénégal"),
    ])
    func thePlaceIsTagged(text: String, place: String) {
        let labels = entityLabels(text)
        #expect(labels.contains(place))
        #expect(!labels.contains { $0.contains("Coupe") || $0.contains("Championnat") })
    }
}
