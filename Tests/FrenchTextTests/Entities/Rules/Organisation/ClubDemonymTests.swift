import Testing
@testable import FrenchText

/// `le Stade rochelais`: a club head and a demonym are a club; a stadium is not.
@Suite struct ClubDemonymTests {
    @Test(arguments: ["Le Stade rochelais a battu Toulon.", "Le Racing lensois recrute."])
    func aHeadAndADemonymAreAClub(text: String) {
        #expect(entityLabels(text).first?.hasPrefix("ORG ") == true)
    }

    @Test func aStadiumIsNoClub() {
        #expect(!entityLabels("Le concert aura lieu au Stade olympique.").contains { $0.hasPrefix("ORG") })
    }
}
