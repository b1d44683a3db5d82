import Testing
@testable import FrenchText

/// A name after a group noun keeps its linking prepositions up to a clear stop.
@Suite struct OrganisationNameLinkTests {
    @Test(arguments: [
        ("L’association Droit au Logement 13 dénonce les expulsions.", "ORG Droit au Logement 13"),
        ("Le collectif Précaires en lutte a manifesté devant la mairie.", "ORG Précaires en lutte"),
        ("La société AT&T a signé.", "ORG AT&T"),
        ("Il est membre de la commission de la Défense de l’Assemblée nationale.", "ORG commission de la Défense de l’Assemblée nationale"),
    ])
    func theWholeNameIsKept(text: String, expected: String) {
        #expect(entityLabels(text).contains(expected))
    }

    @Test func aPrepositionalPhraseThatGoesOnIsNotPartOfTheName() {
        #expect(entityLabels("Le collectif Solidaires en lutte contre la réforme a manifesté.").contains("ORG Solidaires"))
    }
}

/// A known organisation spelled like a common word is the subject of a verb after a sentence start or a comma.
@Suite struct KnownOrganisationSubjectTests {
    @Test(arguments: [
        ("Renaissance a perdu trois sièges.", "Renaissance"),
        ("Selon le sondage, Horizons a progressé.", "Horizons"),
        ("Reconquête a déposé une motion.", "Reconquête"),
    ])
    func theOrganisationIsTheSubject(text: String, name: String) {
        #expect(entityLabels(text).contains("ORG \(name)"), "\(entityLabels(text))")
    }

    @Test func aCommonNounWithAnArticleIsNone() {
        #expect(!entityLabels("La renaissance a eu lieu au XVe siècle.").contains { $0.hasPrefix("ORG ") })
    }
}
