import Testing
@testable import FrenchText

/// `place-sponsor-venue`: in a match report, a venue named after its sponsor is a place.
@Suite struct PlaceSponsorVenueTests {
    @Test(arguments: [
        ("Après le match, l’entraîneur a salué la foule du Centre Vidéotron malgré la défaite 2-5.", "LOC Centre Vidéotron"),
        ("Battus 3-1 au Wells Fargo Center, les joueurs ont quitté le vestiaire en silence.", "LOC Wells Fargo Center"),
        ("Le gardien a brillé devant ses partisans de l’Aréna Bordeleau, où son équipe a gagné le match 4-2.", "LOC Aréna Bordeleau"),
    ])
    func aSponsorVenueInAMatchReportIsAPlace(text: String, label: String) {
        #expect(entityLabels(text).contains(label), "\(entityLabels(text))")
    }

    @Test(arguments: [
        // No match report: a body's name.
        "Le Centre Léon-Bérard accueille chaque année des milliers de patients.",
        // A lower-case word or de after Centre: a body's name, even in a match report.
        "Après le match, l’entraîneur a visité le Centre hospitalier de la ville avec ses joueurs.",
        "Après le match, les joueurs ont rencontré le Centre de recherche en sport de haut niveau.",
    ])
    func otherCentresAreNoVenue(text: String) {
        #expect(candidates(text, by: .placeSponsorVenue).isEmpty, "\(candidates(text, by: .placeSponsorVenue))")
    }
}
