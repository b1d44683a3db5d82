import Testing
@testable import FrenchText

/// A pair of unknown capitalised words opened by a compound whose first part is a known place names a region, not a
/// person: `la région de Marrakech-Tensift-Al Haouz`.
@Suite struct PersonUnknownPairPlaceCompoundTests {
    @Test(arguments: [
        "Le wali de la région de Marrakech-Tensift-Al Haouz a accueilli la délégation.",
        "Les pluies ont touché la région de Tanger-Tétouan-Al Hoceïma cette semaine.",
    ])
    func aCompoundOpenedByAPlaceIsNoPerson(text: String) {
        let labels = entityLabels(text)
        #expect(!labels.contains { $0.hasPrefix("PER") }, "\(labels)")
    }

    @Test func aHyphenatedFirstNameStillOpensAName() {
        let labels = entityLabels("Le témoin, Jean-Baptiste Kouassi, a confirmé.")
        #expect(labels.contains("PER Jean-Baptiste Kouassi"), "\(labels)")
    }
}
