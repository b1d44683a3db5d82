import Testing
@testable import FrenchText

/// `place-contracted-article`: a town named with an article, after `au`, `du`, `aux`.
@Suite struct PlaceContractedArticleTests {
    @Test(arguments: [
        ("Elle a grandi au Havre avant de partir.", "Havre"),
        ("Le maire du Mans a répondu.", "Mans"),
        ("Les vacanciers sont arrivés aux Sables-d’Olonne samedi.", "Sables-d’Olonne"),
    ])
    func theTownAfterTheArticleIsAPlace(text: String, name: String) {
        #expect(entityLabels(text).contains("LOC \(name)"), "\(entityLabels(text))")
    }

    @Test func aCommonNounAfterTheArticleIsNone() {
        #expect(candidates("Il parle au Conseil.", by: .placeContractedArticle).isEmpty)
    }
}
