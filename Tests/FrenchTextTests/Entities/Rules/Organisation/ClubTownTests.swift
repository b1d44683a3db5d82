import Testing
@testable import FrenchText

/// `organisation-club-town`: a town named for its club in a match report.
@Suite struct ClubTownTests {
    @Test(arguments: [
        ("Lyon – Caen 4-0\nLes Lyonnais ont dominé.", "Lyon"),
        ("Résultats : Rennes – Nantes 2-1, puis les tirs au but.", "Nantes"),
        ("Nîmes a encore perdu, à domicile contre Lyon (0-4).", "Lyon"),
        ("Le club s’est imposé 2-1 face à Lens samedi soir.", "Lens"),
        ("Lyon s’est imposé sans trembler samedi.", "Lyon"),
        ("Samedi, Nantes a battu Rennes au terme d’un match fermé.", "Nantes"),
        ("Metz s’incline encore à domicile.", "Metz"),
        ("Fabien Mercadal, l’entraîneur de Caen, a regretté l’entame.", "Caen"),
        ("Le gardien de Lorient a sauvé les siens.", "Lorient"),
        ("Le Standard et Malines ouvriront la journée demain soir.", "Malines"),
    ])
    func aTownInAMatchReportIsItsClub(text: String, name: String) {
        #expect(candidates(text, by: .organisationClubTown).contains(name))
    }

    @Test func theClubNamesEveryMentionOfItsTown() {
        let labels = entityLabels("Lyon s’est imposé samedi. Les supporters de Lyon ont fêté la victoire.")
        #expect(labels.filter { $0 == "ORG Lyon" }.count == 2)
    }

    @Test(arguments: [
        ("Lyon – Caen 4-0\nNous jouerons la finale contre Bordeaux.", "Bordeaux"),
        ("Le Standard et Malines ouvrent la saison. Avec l’arrivée de Mathis Servais (Beveren), le club se renforce.", "Beveren"),
    ])
    func inAMatchReportTheOpponentAndThePlayersClubNeedNoScore(text: String, name: String) {
        #expect(candidates(text, by: .organisationClubTown).contains(name))
    }

    @Test(arguments: [
        "Nous manifesterons contre Bordeaux et sa politique.",
        "Le témoin, Jean Martin (Beveren), a parlé.",
        "La mairie de Lyon impose un couvre-feu.",
        "Le maire de Caen a visité le chantier.",
        "Le match se jouera à Bordeaux mardi.",
        "Elle a manifesté contre Lyon et sa politique.",
    ])
    func aTownOutsideAMatchStaysAPlace(text: String) {
        #expect(candidates(text, by: .organisationClubTown).isEmpty)
    }
}

/// `known-organisation`: clubs by their other spellings in `clubs.tsv` (`l’Antwerp`, `Werder Brême`).
@Suite struct KnownClubSpellingTests {
    @Test(arguments: [
        ("Contre l’Antwerp, on encaissait dans les arrêts de jeu.", "ORG Antwerp"),
        ("Il arrive du Werder Brême cet été.", "ORG Werder Brême"),
        ("Le Sporting Charleroi a gagné.", "ORG Sporting Charleroi"),
    ])
    func aClubsOtherSpellingIsTheClub(text: String, label: String) {
        #expect(entityLabels(text).contains(label))
    }
}
