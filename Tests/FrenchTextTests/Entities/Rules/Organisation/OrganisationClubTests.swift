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

/// `organisation-club`: a person's name right after the club's is no part of it.
@Suite struct OrganisationClubPersonTests {
    @Test(arguments: [
        ("C’est un grand match, avoue l’entraîneur des gardiens du HC Bienne Marco Streit.", "ORG HC Bienne", "PER Marco Streit"),
        ("Le défenseur du FC Sion Julien Martin a prolongé.", "ORG FC Sion", "PER Julien Martin"),
    ])
    func thePersonAfterTheClubIsAPerson(text: String, org: String, person: String) {
        let labels = entityLabels(text)
        #expect(labels.contains(org), "\(labels)")
        #expect(labels.contains(person), "\(labels)")
    }
}
