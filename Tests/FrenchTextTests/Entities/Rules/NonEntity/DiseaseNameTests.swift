import Testing
@testable import FrenchText

/// Diseases and epidemics are not entities, however the press capitalises them (`entity_disease_names.txt`).
@Suite struct DiseaseNameTests {
    @Test(arguments: [
        ("Le Covid-19 a frappé Bamako au printemps.", ["LOC Bamako"]),
        ("Ebola. Le mot fait peur jusqu’à Conakry.", ["LOC Conakry"]),
        ("La lutte contre le sida et la dengue mobilise l’OMS.", ["ORG OMS"]),
        ("Depuis l’épidémie d’Ebola, les médecins de Kankan restent prudents.", ["LOC Kankan"]),
        ("Le virus Zika circule au Brésil.", ["LOC Brésil"]),
    ])
    func aDiseaseIsNoEntity(text: String, expected: [String]) {
        #expect(entityLabels(text) == expected)
    }

    @Test func aPlaceNamedLikeNoDiseaseStays() {
        #expect(entityLabels("Il est parti de Bamako pour Dakar.") == ["LOC Bamako", "LOC Dakar"])
    }
}
