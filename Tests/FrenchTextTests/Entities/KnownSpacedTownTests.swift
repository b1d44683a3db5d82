import Testing
@testable import FrenchText

/// `known-city`: a hyphenated town with a lower-case link word is also known written with spaces (`Port au Prince`,
/// `La Roche sur Yon`), with its hyphenated name as canonical; a name without such a word is not (`Saint Pierre`).
@Suite struct KnownSpacedTownTests {
    @Test(arguments: [
        ("Les gangs contrôlent plusieurs quartiers de Port au Prince depuis mars.", "LOC Port au Prince"),
        ("Le laboratoire a une usine à La Roche sur Yon depuis 1990.", "LOC La Roche sur Yon"),
        ("Il est né à Aix en Provence en 1960.", "LOC Aix en Provence"),
    ])
    func theSpacedSpellingIsTheTown(text: String, label: String) {
        #expect(entityLabels(text).contains(label), "\(entityLabels(text))")
    }

    @Test func theVariantsAreMadeOnlyForLinkWords() {
        #expect(EntityGazetteer.spacedVariant("Port-au-Prince") == "Port au Prince")
        #expect(EntityGazetteer.spacedVariant("Saint-Pierre") == nil)
        #expect(EntityGazetteer.spacedVariant("Lyon") == nil)
    }
}
