import Testing
@testable import FrenchText

/// `organisation-team-nickname`: a capitalised plural after a plural determiner names a team in a match report.
@Suite struct OrganisationTeamNicknameTests {
    @Test(arguments: [
        ("L’entraîneur a parlé après le match. Les Dragons ont encore perdu leur gardien samedi.", "ORG Dragons"),
        ("Le coach était furieux. Battus 2-5, les Aigles ont concédé un quatrième revers.", "ORG Aigles"),
        ("Victoire en prolongation face aux Sharks, avant le vestiaire silencieux des joueurs.", "ORG Sharks"),
        ("À la mi-temps, le match penchait du côté des Rouges, selon l’entraîneure.", "ORG Rouges"),
    ])
    func aPluralNicknameInAMatchReportIsATeam(text: String, label: String) {
        #expect(entityLabels(text).contains(label), "\(entityLabels(text))")
    }

    @Test(arguments: [
        // No match report: a title or a common plural.
        "Les élèves visitent les Jardins de la ville avec leurs parents.",
        "Le ministre des Affaires étrangères a reçu les Sharks de la finance.",
        // Demonyms are no entities, even in a match report.
        "Après le match, l’entraîneur a félicité les Fribourgeois, les Slovènes et les Françaises.",
    ])
    func otherPluralsAreNoTeam(text: String) {
        #expect(candidates(text, by: .organisationTeamNickname).isEmpty, "\(candidates(text, by: .organisationTeamNickname))")
    }

    @Test func aKnownClubOrAnEventKeepsItsWholeName() {
        let text = "Après le match, l’entraîneur des Canadiens de Montréal a évoqué les Jeux olympiques avec ses joueurs."
        #expect(candidates(text, by: .organisationTeamNickname).isEmpty, "\(candidates(text, by: .organisationTeamNickname))")
    }
}
