import Testing
@testable import FrenchText

/// A text that names a league reports on matches: a coach's or player's town in brackets is the club
/// (`Alain Casanova (Toulouse)`), and the town is the club wherever it comes back in the text.
@Suite struct ClubTownCompetitionTests {
    @Test func aCoachsTownInBracketsIsHisClubWhenALeagueIsNamed() {
        let text = """
        Les réactions des entraîneurs après la 23e journée de Ligue 1.
        Le plus déçu : Patrick Verdier (Angers). « Nous avons manqué de réalisme. »
        Le plus heureux : Marc Olivier Duc (Dijon). « Dijon a enfin gagné à l’extérieur. »
        """
        let labels = entityLabels(text)
        #expect(labels.contains("ORG Angers"), "\(labels)")
        #expect(labels.filter { $0 == "ORG Dijon" }.count == 2, "\(labels)")
    }

    /// Without a league or a match found, a town in brackets after a name stays a place.
    @Test func withoutALeagueTheTownStaysAPlace() {
        let labels = entityLabels("Le plus ancien adhérent, Patrick Verdier (Angers), a reçu une médaille.")
        #expect(labels.contains("LOC Angers"), "\(labels)")
    }
}
