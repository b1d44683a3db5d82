import Testing
@testable import FrenchText

/// `organisation-national-team`: a national team named by its country; nicknames come from `clubs.tsv`.
@Suite struct OrganisationNationalTeamTests {
    @Test(arguments: [
        ("L’équipe de France a battu l’Italie.", "ORG équipe de France"),
        ("La sélection du Sénégal est qualifiée pour le Mondial.", "ORG sélection du Sénégal"),
        ("Il a rejoint l’équipe nationale du Maroc en 2019.", "ORG équipe nationale du Maroc"),
        ("Les Bleus ont gagné samedi.", "ORG Les Bleus"),
        ("Les Diables rouges ont perdu à Bruxelles.", "ORG Diables rouges"),
        ("Les Lions indomptables sont qualifiés.", "ORG Lions indomptables"),
    ])
    func aNationalTeamIsAnOrganisation(text: String, label: String) {
        #expect(entityLabels(text).contains(label))
    }

    @Test func aCountryAloneStaysAPlace() {
        #expect(entityLabels("La France a battu l’Italie.").contains("LOC France"))
    }

    @Test func aTeamOfAPlaceThatIsNoCountryIsNone() {
        #expect(candidates("L’équipe de Lyon est arrivée.", by: .organisationNationalTeam).isEmpty)
    }
}
