import Testing
@testable import FrenchText

/// `place-greater-area`: `Grand` and a known town name the metropolitan area, one place.
@Suite struct PlaceGreaterAreaTests {
    @Test(arguments: [
        ("Le projet d’agglomération du Grand Lyon a été adopté.", "LOC Grand Lyon"),
        ("Elle habite à Grand Bordeaux depuis dix ans.", "LOC Grand Bordeaux"),
        ("Il sera chargé du Grand Montréal au sein du cabinet.", "LOC Grand Montréal"),
        ("Les transports du Grand Genève vont changer en décembre.", "LOC Grand Genève"),
    ])
    func theAreaIsOnePlace(text: String, expected: String) {
        let labels = entityLabels(text, date: "2025-03-01")
        #expect(labels.contains(expected), "\(labels)")
    }

    /// A capitalised word after the town makes another name; `Grand` before a word that is no town is no area.
    @Test(arguments: [
        "Les travaux du Grand Paris Express ont pris du retard.",
        "Le Grand Prix a été remporté par une débutante.",
    ])
    func notBeforeAnotherName(text: String) {
        #expect(candidates(text, by: .placeGreaterArea).isEmpty)
    }
}
