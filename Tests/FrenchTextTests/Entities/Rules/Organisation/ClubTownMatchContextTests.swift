import Testing
@testable import FrenchText

/// A town before a score in brackets is the club (`puis de Lille (1-0)`), unless a place preposition names where
/// the match was played; in a text that reports on matches (nouns of sports reporting), the opponent after
/// `contre` or `face à` needs no score.
@Suite struct ClubTownMatchContextTests {
    @Test(arguments: [
        ("Après un succès à Bordeaux, Rennes s’est ensuite défait de Nantes (2-1) samedi.", "Nantes"),
        ("Le promu a pris trois points contre Lorient lors de la 5e journée, puis de Brest (3-0).", "Brest"),
    ])
    func aTownBeforeAScoreInBracketsIsTheClub(text: String, club: String) {
        let labels = entityLabels(text)
        #expect(labels.contains("ORG \(club)"), "\(labels)")
    }

    @Test func aTownAfterAPlacePrepositionStaysWhereTheMatchWasPlayed() {
        let labels = entityLabels("Après une victoire à Bordeaux (0-2), le club a remercié ses supporters.")
        #expect(labels.contains("LOC Bordeaux"), "\(labels)")
    }

    @Test(arguments: [
        "Les joueurs ont fêté la montée après leur victoire face à Ostende. Le match a été tendu jusqu’au bout.",
        "L’entraîneur l’a dit aux joueurs : le nul contre Ostende ne suffit pas, Ostende reste devant.",
    ])
    func inAMatchReportTheOpponentNeedsNoScore(text: String) {
        let labels = entityLabels(text)
        #expect(labels.contains("ORG Ostende"), "\(labels)")
        #expect(!labels.contains("LOC Ostende"), "\(labels)")
    }

    /// Without words of sports reporting, `contre` and a town is no match.
    @Test func outsideAMatchReportTheTownStaysAPlace() {
        let labels = entityLabels("Les habitants ont manifesté contre Ostende et son projet de port.")
        #expect(labels.contains("LOC Ostende"), "\(labels)")
    }

    /// `la Jupiler Pro League`, `en L1`: leagues are no entities.
    @Test func leaguesAreNoEntities() {
        let labels = entityLabels("Le Beerschot monte en Jupiler Pro League, le Stade de Reims reste en L1.")
        #expect(!labels.contains { $0.contains("League") || $0.contains("L1") }, "\(labels)")
    }
}
