import Testing
@testable import FrenchText

/// Places named after an office held in a town, and sites headed by a place noun.
@Suite struct PlaceContextTests {
    @Test func aCapitalAfterTheMayorOfIsTheTownEvenWhenItIsACommonWord() {
        #expect(entityLabels("Il a été reçu par Robert Dupuis, le maire de Drap, hier.").contains("LOC Drap"))
    }

    @Test(arguments: [
        ("Il a été placé en détention à la prison de Seysses.", "LOC prison de Seysses"),
        ("La manifestation est partie de Nivelles.", "LOC Nivelles"),
    ])
    func sitesAndTowns(text: String, expected: String) {
        #expect(entityLabels(text).contains(expected))
    }
}
