import Testing
@testable import FrenchText

/// Small localities no list knows: after a place noun and an adjective before `de` (`la commune fusionnée de
/// Vully-les-Lacs`), after a local office's adjective (`conseiller communal de Cudrefin`), and inside a list of
/// places even when the dictionary knows the word in lower case (`…, Montmagny, Mur, Vallamand et …`).
@Suite struct PlaceSmallLocalityTests {
    @Test(arguments: [
        ("Les armoiries de la commune fusionnée de Vully-les-Lacs comptent sept grains.", "LOC Vully-les-Lacs"),
        ("Les pompiers du village voisin de Kerbizien sont arrivés les premiers.", "LOC Kerbizien"),
        ("Pierre Hauser est conseiller communal de Cudrefin depuis dix ans.", "LOC Cudrefin"),
        ("Elle est conseillère municipale de Tourrettes-sur-Loup depuis 2020.", "LOC Tourrettes-sur-Loup"),
    ])
    func anUnknownNameAfterAPlaceNounAndAnAdjectiveIsAPlace(text: String, label: String) {
        #expect(entityLabels(text).contains(label), "\(entityLabels(text))")
    }

    @Test func aListItemTheDictionaryKnowsInLowerCaseIsAPlace() {
        let labels = entityLabels("Le projet a réuni les villages de Bellerive, Chabrey, Montmagny, Mur, Vallamand et Villars-le-Grand.")
        #expect(labels.contains("LOC Mur"), "\(labels)")
        #expect(labels.contains("LOC Vallamand"), "\(labels)")
    }

    @Test(arguments: [
        "Il vit à Lyon, Mur est le nom de son chien.",
        "La ville natale de Victor Hugo attire les touristes.",
    ])
    func otherwiseNoPlaceIsMade(text: String) {
        let labels = entityLabels(text)
        #expect(!labels.contains("LOC Mur") && !labels.contains("LOC Victor Hugo") && !labels.contains("LOC Victor"), "\(labels)")
    }
}
