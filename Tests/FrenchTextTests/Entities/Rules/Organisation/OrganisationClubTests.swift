import Testing
@testable import FrenchText

/// `organisation-club`: a club abbreviation before a town.
@Suite struct OrganisationClubTests {
    @Test(arguments: [
        ("Le FC Lorient a battu Brest samedi.", "FC Lorient"),
        ("Le HC Fribourg-Gottéron mène la série.", "HC Fribourg-Gottéron"),
        ("Les supporters du RC Strasbourg ont envahi la place.", "RC Strasbourg"),
    ])
    func aClubAbbreviationAndATownAreAClub(text: String, name: String) {
        #expect(candidates(text, by: .organisationClub) == [name])
    }

    @Test func theAbbreviationAloneIsNone() {
        #expect(candidates("Le sigle FC signifie football club.", by: .organisationClub).isEmpty)
    }
}

/// Clubs of small towns: a `US`/`UC` abbreviation before the town, a club head before a capitalised demonym.
@Suite struct OrganisationSmallClubTests {
    @Test(arguments: [
        ("L’US Concarneau monte en deuxième division.", "US Concarneau"),
        ("Le Stade Plabennecois progresse au classement.", "Stade Plabennecois"),
        ("L’Olympique Saint-Quentinois a gagné samedi.", "Olympique Saint-Quentinois"),
    ])
    func theClubIsAnOrganisation(text: String, name: String) {
        #expect(entityLabels(text).contains("ORG \(name)"), "\(entityLabels(text))")
    }

    @Test func aStadiumNamedAfterAPersonIsAPlace() {
        #expect(!entityLabels("Le match se joue au Stade Pierre-Mauroy.").contains { $0.hasPrefix("ORG ") })
    }
}
