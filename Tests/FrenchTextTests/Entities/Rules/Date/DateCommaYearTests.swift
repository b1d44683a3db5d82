import Testing
@testable import FrenchText

/// Bylines and timestamps as pages print them: `October 18, 2019`, `Nov. 5, 2019`, `novembre 26, 2022`,
/// `30 octobre, 2024`, `Mon, 7 Mar 2022`, and the agency dateline `Matam, 31 jan (APS)`.
@Suite struct DateCommaYearTests {
    @Test(arguments: [
        ("Publié par la rédaction October 18, 2019 dans la rubrique.", "DATE October 18, 2019=2019-10-18"),
        ("Nov. 5, 2019, midnight", "DATE Nov. 5, 2019=2019-11-05"),
        ("Mise à jour novembre 26, 2022 par l’équipe.", "DATE novembre 26, 2022=2022-11-26"),
        ("mercredi, 30 octobre, 2024 à 0:11", "DATE 30 octobre, 2024=2024-10-30"),
        ("Mon, 7 Mar 2022 Source: le journal", "DATE 7 Mar 2022=2022-03-07"),
        ("Kaolack, 31 jan (APS) – Les pluies ont cessé.", "DATE 31 jan=2024-01-31"),
        ("Thiès, 17 nov (APS) - Les joueuses sont arrivées.", "DATE 17 nov=2024-11-17"),
    ])
    func printedShapes(text: String, expected: String) {
        let labels = entityLabels(text, date: "2024-06-10")
        #expect(labels.contains(expected), "\(labels)")
    }

    @Test func aDayAndAWordWithoutAYearIsNoDate() {
        let labels = entityLabels("Il a gagné 3 mar tous les matins.", date: "2024-06-10")
        #expect(!labels.contains { $0.hasPrefix("DATE") }, "\(labels)")
    }
}
