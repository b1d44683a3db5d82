import Testing
@testable import FrenchText

/// `place-road`: a numbered road, with its noun and network or by its code after an article, is a place.
@Suite struct PlaceRoadTests {
    @Test(arguments: [
        ("Un poids lourd s’est renversé sur l’autoroute A7 vers midi.", "LOC autoroute A7"),
        ("La route départementale 45 restera fermée jusqu’à lundi.", "LOC route départementale 45"),
        ("Il faut emprunter la route 132 pour rejoindre le village.", "LOC route 132"),
        ("Les travaux de la Nationale 4 reprendront au printemps.", "LOC Nationale 4"),
        ("Une voiture a quitté la RD934 dans un virage.", "LOC RD934"),
        ("Des bouchons sont signalés sur la N165 ce matin.", "LOC N165"),
    ])
    func theRoadIsAPlace(text: String, expected: String) {
        let labels = entityLabels(text, date: "2025-03-01")
        #expect(labels.contains(expected), "\(labels)")
    }

    /// A league (`la D1`, `la N2`), a route without a number and a code of no road are no road.
    @Test(arguments: [
        "Le club a été promu en D1 et jouera contre la D2 la saison prochaine.",
        "L’équipe évolue désormais dans la N2 après sa relégation.",
        "La route est longue jusqu’à la frontière.",
        "Le modèle B12 de la marque est en rupture.",
    ])
    func notARoad(text: String) {
        #expect(candidates(text, by: .placeRoad).isEmpty)
    }
}
