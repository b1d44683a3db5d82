import Testing
@testable import FrenchText

/// The boroughs and main neighbourhoods of Montréal and Québec City and the communes of Abidjan, Kinshasa and Dakar
/// are known towns (cities.txt): news of those cities names them without a noun before them.
@Suite struct KnownCityDistrictTests {
    @Test(arguments: [
        ("Les loyers grimpent à Rosemont comme à Villeray depuis deux ans.", ["LOC Rosemont", "LOC Villeray"]),
        ("Une nouvelle clinique ouvrira dans Hochelaga-Maisonneuve cet automne.", ["LOC Hochelaga-Maisonneuve"]),
        ("Les inondations ont touché Yopougon et Treichville dans la nuit.", ["LOC Yopougon", "LOC Treichville"]),
        ("Le marché de Limete a rouvert après les pluies.", ["LOC Limete"]),
    ])
    func aDistrictIsAKnownPlace(text: String, labels expected: [String]) {
        let labels = entityLabels(text)
        for label in expected { #expect(labels.contains(label), "\(labels)") }
    }
}
