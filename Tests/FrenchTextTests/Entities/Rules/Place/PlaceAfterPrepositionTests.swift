import Testing
@testable import FrenchText

/// `place-after-preposition`: an unknown capitalised word after a locative preposition.
@Suite struct PlaceAfterPrepositionTests {
    @Test(arguments: [
        ("La délégation s’est rendue à Plouzané pour rencontrer les familles.", "Plouzané"),
        ("L’usine, installée près de Trélazé depuis 1962, ferme.", "Trélazé"),
        ("Les renforts sont arrivés en Ituri dans la nuit.", "Ituri"),
    ])
    func anUnknownNameAfterAPrepositionIsAPlace(text: String, name: String) {
        #expect(candidates(text, by: .placeAfterPreposition) == [name])
    }

    @Test func aCommonWordAfterAPrepositionIsNone() {
        #expect(candidates("Il est arrivé à Midi pile, dit-il.", by: .placeAfterPreposition).isEmpty)
    }
}

/// `de X` after a noun of where one lives or works is a small town: `l’usine de Landivisiau`, `au nord de Plabennec`.
@Suite struct PlaceAfterDeNounTests {
    @Test(arguments: [
        ("L’usine de Landivisiau ferme ses portes.", "Landivisiau"),
        ("Le feu a pris au nord de Plabennec.", "Plabennec"),
        ("Les élus de l’agglomération de Lesneven ont voté.", "Lesneven"),
    ])
    func theTownIsAPlace(text: String, name: String) {
        #expect(entityLabels(text).contains("LOC \(name)"), "\(entityLabels(text))")
    }
}
