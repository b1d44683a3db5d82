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

/// Nouns of natural sites head a place's name: `la pointe Saint-Mathieu`, `le massif du Mont-Blanc`.
@Suite struct PlaceNaturalSiteNounTests {
    @Test(arguments: [
        ("La pointe Saint-Mathieu est balayée par le vent.", "pointe Saint-Mathieu"),
        ("Le massif du Mont-Blanc est fermé aux randonneurs.", "massif du Mont-Blanc"),
        ("Les oiseaux nichent dans l’étang de Kerloc’h.", "étang de Kerloc’h"),
        ("Ils se baignent sur la plage du Minou.", "plage du Minou"),
    ])
    func theSiteIsOnePlace(text: String, name: String) {
        #expect(entityLabels(text).contains("LOC \(name)"), "\(entityLabels(text))")
    }
}

/// After `un`/`une`, a place noun and a known place are no name: the known place stands alone.
@Suite struct PlaceNounIndefiniteTests {
    @Test(arguments: [
        ("Il a perdu connaissance sur une plage des Côtes-d’Armor.", "Côtes-d’Armor"),
        ("Ils ont trouvé un étang du Morbihan très pollué.", "Morbihan"),
        ("Elle marche dans une forêt de Bretagne.", "Bretagne"),
    ])
    func theKnownPlaceStandsAlone(text: String, name: String) {
        #expect(entityLabels(text) == ["LOC \(name)"])
    }
}
