import Testing
@testable import FrenchText

/// Coordinated days are one date, valued at the first day with the month and year written after the last:
/// `les 20 et 21 février`, `les 7, 8 et 9 septembre 2025`, `samedi 3 et dimanche 4 août` (as annotated on the
/// tuning pool's news pages, like the range `du 5 au 9 mai`); `entre le 1er et le 15 février` stays two.
@Suite struct DateCoordinationTests {
    @Test(arguments: [
        ("La grève est prévue les 20 et 21 février.", ["DATE 20 et 21 février=2024-02-20"]),
        ("Les audiences auront lieu les 3, 4 et 5 mars 2024.", ["DATE 3, 4 et 5 mars 2024=2024-03-03"]),
        ("Le marché se tiendra (samedi 3 et dimanche 4 août) sur la place.", ["DATE samedi 3 et dimanche 4 août=2024-08-03"]),
        ("Les syndicats appellent à cesser le travail les 2 et 3 janvier 2025.", ["DATE 2 et 3 janvier 2025=2025-01-02"]),
        ("L’enquête a été menée entre le 1er et le 15 février.", ["DATE 1er=2024-02-01", "DATE 15 février=2024-02-15"]),
        ("Le salon ouvre du 5 au 9 mai.", ["DATE 5 au 9 mai=2024-05-05"]),
        ("Il y aura 3, 4 et 5 mars selon les cas.", ["DATE 5 mars=2024-03-05"]),
    ])
    func coordinatedDaysAreOneDate(text: String, expected: [String]) {
        let labels = entityLabels(text, date: "2024-01-15")
        for e in expected { #expect(labels.contains(e), "\(e) in \(labels)") }
    }
}
