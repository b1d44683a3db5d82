import Testing
@testable import FrenchText

/// `place-noun`: a place noun and its name.
@Suite struct PlaceNounTests {
    @Test(arguments: [
        ("Le rassemblement a lieu place Kléber à midi.", "place Kléber"),
        ("Un arbre est tombé boulevard Voltaire cette nuit.", "boulevard Voltaire"),
        ("La fête se tiendra sur l’esplanade Jean-Moulin.", "esplanade Jean-Moulin"),
    ])
    func aPlaceNounAndANameAreAPlace(text: String, name: String) {
        #expect(candidates(text, by: .placeNoun).contains(name))
    }

    @Test func aPlaceNounWithoutANameIsNone() {
        #expect(candidates("La mise en place du dispositif a pris du retard.", by: .placeNoun).isEmpty)
    }
}
