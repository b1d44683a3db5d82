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
