import Testing
@testable import FrenchText

/// A lycée and its name is a named building, a place (as a stade is): `lycée Kennedy`, `Lycée Maurice Delafosse`,
/// `lycée Blaise Diagne de Dakar`.
@Suite struct PlaceSchoolTests {
    @Test(arguments: [
        ("Les élèves du lycée Kennedy ont quitté les classes à midi.", "LOC lycée Kennedy"),
        ("Au Lycée Maurice Delafosse, les cours ont repris lundi.", "LOC Lycée Maurice Delafosse"),
    ])
    func lyceeIsAPlace(text: String, expected: String) {
        let labels = entityLabels(text)
        #expect(labels.contains(expected), "\(labels)")
        #expect(!labels.contains { $0.hasPrefix("ORG") }, "\(labels)")
    }
}

/// A lycée, an adjective and `de` + its town is the school's name, a place: `lycée technique de Yopougon`.
@Suite struct PlaceSchoolAdjectiveTests {
    @Test(arguments: [
        ("Les cours ont repris au lycée technique de Korhogo mardi.", "LOC lycée technique de Korhogo"),
        ("Au lycée municipal de Bouaké, les salles sont vides.", "LOC lycée municipal de Bouaké"),
    ])
    func theSchoolIsAPlace(text: String, expected: String) {
        let labels = entityLabels(text)
        #expect(labels.contains(expected), "\(labels)")
    }

    /// Before a country or a region the noun describes: the place stays alone.
    @Test func aCountryAfterTheAdjectiveStaysAlone() {
        let labels = entityLabels("Le département est le premier désert médical de France.")
        #expect(labels.contains("LOC France"), "\(labels)")
    }
}

