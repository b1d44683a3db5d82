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
