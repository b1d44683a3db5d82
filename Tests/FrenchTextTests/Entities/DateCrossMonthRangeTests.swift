import Testing
@testable import FrenchText

/// `du 22 juin au 8 juillet`: when each end of a `du … au …` range carries its month, the dev conventions annotate
/// two dates, the first taking the year the second gives (dev 003: `du 22 septembre au 30 septembre 2012` is
/// `22 septembre` and `30 septembre 2012`); only a lone first day (`du 5 au 9 mai`) makes one date valued at its
/// start, as coordinated days are (`les 30 et 31 octobre`).
@Suite struct DateCrossMonthRangeTests {
    @Test(arguments: [
        ("Le festival aura lieu du 22 juin au 8 juillet à Avignon.", ["DATE 22 juin=2025-06-22", "DATE 8 juillet=2025-07-08"]),
        ("L’exposition se tiendra du 30 mai au 2 juin 2024 à Namur.", ["DATE 30 mai=2024-05-30", "DATE 2 juin 2024=2024-06-02"]),
        ("Les élections auront lieu les 30 et 31 octobre.", ["DATE 30 et 31 octobre=2025-10-30"]),
        ("Le salon ouvre du 5 au 9 mai.", ["DATE 5 au 9 mai=2025-05-05"]),
    ])
    func rangesFollowTheDevConventions(text: String, expected: [String]) {
        let labels = entityLabels(text, date: "2025-03-01")
        #expect(labels.filter { $0.hasPrefix("DATE") } == expected, "\(labels)")
    }
}
