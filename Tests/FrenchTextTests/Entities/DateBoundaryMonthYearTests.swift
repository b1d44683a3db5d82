import Testing
@testable import FrenchText

/// A boundary (`fin`, `début`) before a month and its year is part of the date, valued at the month.
@Suite struct DateBoundaryMonthYearTests {
    @Test(arguments: [
        ("Les travaux seront achevés fin juillet 2021 selon la mairie.", "DATE fin juillet 2021=2021-07"),
        ("Début mars 2019, le club a changé d’entraîneur.", "DATE Début mars 2019=2019-03"),
        ("Le chantier a repris au début de septembre 2022 après l’été.", "DATE début de septembre 2022=2022-09"),
        ("Le dossier sera clos à la fin d’octobre 2020, a dit le juge.", "DATE fin d’octobre 2020=2020-10"),
    ])
    func theBoundaryIsPartOfTheDate(text: String, label: String) {
        #expect(entityLabels(text).contains(label), "\(entityLabels(text))")
    }

    @Test func aMonthYearWithoutBoundaryIsUnchanged() {
        let text = "En juillet 2021, le port a rouvert."
        #expect(entityLabels(text).contains("DATE juillet 2021=2021-07"), "\(entityLabels(text))")
    }
}
