import Testing
@testable import FrenchText

/// Organisation names stop where a person's name starts, and a body named after a person is not an organisation.
@Suite struct OrganisationNameStopTests {
    @Test(arguments: [
        ("Le groupe LFI Mathilde Panot a déposé la motion.", ["ORG LFI", "PER Mathilde Panot"]),
        ("Le président de la Confédération Alain Berset a parlé à Genève.", ["ORG Confédération", "PER Alain Berset", "LOC Genève"]),
    ])
    func aPersonAfterAWholeNameIsAPerson(text: String, expected: [String]) {
        #expect(entityLabels(text) == expected)
    }

    @Test func aCouncilOfAPersonIsThePerson() {
        #expect(entityLabels("Le conseil de Cédric Dupont a fait appel.") == ["PER Cédric Dupont"])
    }

    @Test(arguments: ["CEO", "RH", "LGBT", "RSE"])
    func jobTitlesAndLabelsInCapitalsAreNoOrganisations(acronym: String) {
        #expect(entityLabels("La direction \(acronym) a présenté son plan aux salariés.").isEmpty)
    }

    @Test func aNumberLedTitleAfterAPrepositionIsACount() {
        #expect(entityLabels("Les salariés ont mené une grève de 24 heures.").isEmpty)
    }

    @Test(arguments: [
        ("Les élus de DéFI et de l’Open Vld négocient.", ["ORG DéFI", "ORG Open Vld"]),
        ("La motion déposée par la Nupes a été rejetée.", ["ORG Nupes"]),
        ("Le Standard a battu Benfica.", ["ORG Standard", "ORG Benfica"]),
        ("Une fuite a été constatée à l’usine Lubrizol de Rouen.", ["ORG Lubrizol", "LOC Rouen"]),
    ])
    func partiesClubsAndCompaniesOfTheLists(text: String, expected: [String]) {
        #expect(entityLabels(text) == expected)
    }
}
