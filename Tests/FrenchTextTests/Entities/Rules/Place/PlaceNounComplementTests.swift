import Testing
@testable import FrenchText

/// `place-noun`: a capitalised place noun, its own `de` + noun complement, then `de` and the name (`Palais de
/// justice de Chicoutimi`, `Palais des sports de Beaulieu`); `chaussée` and `immeuble` head a named place. In lower
/// case the words describe a building of the place (`la salle des fêtes de Goudargues`: the place is Goudargues).
@Suite struct PlaceNounComplementTests {
    @Test(arguments: [
        ("Le procès s’est ouvert au Palais de justice de Chicoutimi mardi.", "LOC Palais de justice de Chicoutimi"),
        ("Les Nantais se sont imposés au Palais des sports de Beaulieu.", "LOC Palais des sports de Beaulieu"),
        ("Les travaux de la chaussée de Mons reprennent lundi.", "LOC chaussée de Mons"),
        ("Le ministère occupe l’immeuble Sciam depuis 2010.", "LOC immeuble Sciam"),
    ])
    func theNamedPlaceIsWhole(text: String, label: String) {
        #expect(entityLabels(text).contains(label), "\(entityLabels(text))")
    }

    @Test func aLowerCaseNounWithItsComplementDescribesABuildingOfThePlace() {
        let labels = entityLabels("La réunion a eu lieu à la salle des fêtes de Montreuil.")
        #expect(labels == ["LOC Montreuil"], "\(labels)")
    }

    @Test func aCommonComplementWithoutANameIsNoPlace() {
        #expect(entityLabels("Il a visité le palais de justice hier.").isEmpty)
    }
}
