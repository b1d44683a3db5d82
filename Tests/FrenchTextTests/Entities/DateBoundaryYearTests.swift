import Testing
@testable import FrenchText

/// A boundary word before a year is part of the date, as before a month: `début 2024`, `fin 2019`.
@Suite struct DateBoundaryYearTests {
    @Test(arguments: [
        ("La croissance reprendra début 2024, selon la banque.", "DATE début 2024=2024"),
        ("Le chantier s’achèvera fin 2019.", "DATE fin 2019=2019"),
    ])
    func theBoundaryIsKept(text: String, label: String) {
        #expect(entityLabels(text) == [label])
    }

    @Test func aYearAfterAnotherWordStaysAlone() {
        #expect(entityLabels("Le chantier s’achèvera en 2019.") == ["DATE 2019=2019"])
    }
}
