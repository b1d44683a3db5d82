import Testing
@testable import FrenchText

/// `place-numbered`: an ordinal and a place noun.
@Suite struct PlaceNumberedTests {
    @Test(arguments: [
        ("Un incendie s’est déclaré sur la 5e Avenue cette nuit.", "5e Avenue"),
        ("Les loyers du 11e arrondissement ont encore augmenté.", "11e arrondissement"),
        ("Le défilé remontera la 1re Avenue jusqu’au parc.", "1re Avenue"),
    ])
    func anOrdinalAndAPlaceNounAreAPlace(text: String, name: String) {
        #expect(candidates(text, by: .placeNumbered) == [name])
    }

    @Test func anOrdinalBeforeAnotherNounIsNone() {
        #expect(candidates("Elle a fini 3e du classement.", by: .placeNumbered).isEmpty)
    }
}
