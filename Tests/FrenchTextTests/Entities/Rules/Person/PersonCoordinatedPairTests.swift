import Testing
@testable import FrenchText

/// In a list of full names, a first name and surname that no rule found are a person too (`Margareth Low`).
@Suite struct PersonCoordinatedPairTests {
    @Test func aTwoWordMemberOfAListOfPeople() {
        let labels = entityLabels("Siègent au conseil Nadine Le Moigne, Margareth Low, Pierre Moisan et Florence Pontis.")
        #expect(labels.contains("PER Margareth Low"), "\(labels)")
    }

    /// A known place between commas is no member.
    @Test func aPlaceInTheListStaysAPlace() {
        let labels = entityLabels("Ont répondu Nadine Le Moigne, Saint-Brieuc, et Pierre Moisan.")
        #expect(!labels.contains("PER Saint-Brieuc"), "\(labels)")
    }
}
