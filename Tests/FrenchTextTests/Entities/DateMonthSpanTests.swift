import Testing
@testable import FrenchText

/// Months alone: a span `d’octobre à décembre` is one date valued at its start; a month with its qualifier
/// (`avril prochain`) is a date after any word.
@Suite struct DateMonthSpanTests {
    @Test(arguments: [
        ("Il part pour une mission d’octobre à décembre.", "2024-03-01", ["DATE octobre à décembre=2024-10"]),
        ("Les travaux dureront de janvier à mars 2026.", "2025-11-02", ["DATE janvier à mars 2026=2026-01"]),
        ("La saison s’étend de mai à septembre.", "2024-03-01", ["DATE mai à septembre=2024-05"]),
        ("La récolte se poursuit de mi-novembre à décembre dans la région.", "2024-03-01", ["DATE mi-novembre à décembre=2024-11"]),
    ])
    func aSpanOfMonthsIsOneDate(text: String, date: String, expected: [String]) {
        #expect(entityLabels(text, date: date) == expected)
    }

    @Test func monthsJoinedByEtStayTwoDates() {
        #expect(entityLabels("Le vote aura lieu entre mars et mai.", date: "2024-01-10") == ["DATE mars=2024-03", "DATE mai=2024-05"])
    }

    @Test(arguments: [
        ("La fermeture de l’usine est prévue pour avril prochain.", "2024-11-05", "DATE avril prochain=2025-04"),
        ("Les travaux promis pour juin dernier n’ont pas commencé.", "2024-11-05", "DATE juin dernier=2024-06"),
    ])
    func aQualifiedMonthIsADateAfterAnyWord(text: String, date: String, label: String) {
        #expect(entityLabels(text, date: date) == [label])
    }

    @Test func aMonthAloneAfterAnyWordStaysOut() {
        #expect(entityLabels("Il a promis pour avril des annonces.", date: "2024-11-05").isEmpty)
    }
}
