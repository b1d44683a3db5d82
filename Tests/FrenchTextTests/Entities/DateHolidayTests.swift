import Testing
@testable import FrenchText

/// A fixed-day holiday after a date lead or `à` is a date in the document's year (`entity_date_holidays.tsv`).
@Suite struct DateHolidayTests {
    @Test(arguments: [
        ("Le gouvernement veut un accord avant Noël.", "2023-11-02", "DATE Noël=2023-12-25"),
        ("Les travaux reprendront après la Toussaint.", "2024-09-10", "DATE Toussaint=2024-11-01"),
        ("Rendez-vous à la Saint-Sylvestre sur la place.", "2022-12-01", "DATE Saint-Sylvestre=2022-12-31"),
    ])
    func theHolidayIsADate(text: String, date: String, label: String) {
        #expect(entityLabels(text, date: date).contains(label))
    }

    @Test func withoutTheDocumentsDateTheValueIsNil() {
        #expect(entityLabels("Il reste quatre semaines avant Noël.") == ["DATE Noël=nil"])
    }

    @Test(arguments: [
        "Noël Mamère a réagi à la décision.",
        "Le Père Noël arrive en traîneau.",
        "Le marché de Noël ouvre samedi.",
    ])
    func aNameOrAnEventIsNoDate(text: String) {
        #expect(!entityLabels(text).contains { $0.hasPrefix("DATE") })
    }
}
