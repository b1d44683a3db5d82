import Testing
@testable import FrenchText

/// Coordinated days share the month and year written after the last: `les 20 et 21 février` gives two dates,
/// each with its value (`le 19` alone is a date in the dev conventions; only `du … au …` makes one range).
@Suite struct DateCoordinationTests {
    @Test(arguments: [
        ("La grève est prévue les 20 et 21 février.", ["DATE 20=2024-02-20", "DATE 21 février=2024-02-21"]),
        ("Les audiences auront lieu les 3, 4 et 5 mars 2024.", ["DATE 3=2024-03-03", "DATE 4=2024-03-04", "DATE 5 mars 2024=2024-03-05"]),
        ("Le salon ouvre du 5 au 9 mai.", ["DATE 5 au 9 mai=2024-05-05"]),
        ("Il y aura 3, 4 et 5 mars selon les cas.", ["DATE 5 mars=2024-03-05"]),
    ])
    func coordinatedDaysTakeTheLastMonth(text: String, expected: [String]) {
        let labels = entityLabels(text, date: "2024-01-15")
        for e in expected { #expect(labels.contains(e), "\(e) in \(labels)") }
    }
}
