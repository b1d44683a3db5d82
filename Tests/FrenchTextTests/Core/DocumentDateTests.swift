import Testing
@testable import FrenchText

@Suite struct DocumentDateTests {
    @Test(arguments: [("2024", 2024, nil, nil), ("2024-03", 2024, 3, nil), ("2024-02-29", 2024, 2, 29), ("2001-03-01", 2001, 3, 1)] as [(String, Int, Int?, Int?)])
    func parsesTheThreePrecisions(text: String, year: Int, month: Int?, day: Int?) throws {
        let date = try DocumentDate(iso: text)
        #expect(date.year == year && date.month == month && date.day == day)
        #expect(date.iso == text)
    }

    @Test(arguments: ["2024-02-30", "2023-02-29", "2024-13", "2024-04-31", "2024-00-10", "24-03-12", "2024/03/12", "12 mars 2024", "", "2024-3-12", "0999"])
    func rejectsWhatIsNotACalendarDate(text: String) {
        #expect(throws: FrenchTextError.self) { try DocumentDate(iso: text) }
    }

    @Test func theErrorSaysWhy() {
        #expect(throws: FrenchTextError.invalidDate(text: "2024-02-30", reason: "month 2 of 2024 has 29 days")) {
            try DocumentDate(iso: "2024-02-30")
        }
        #expect(FrenchTextError.invalidDate(text: "2024-02-30", reason: "month 2 of 2024 has 29 days").description
            == "error FT040: '2024-02-30' is not a date (month 2 of 2024 has 29 days)")
    }

    @Test func aMonthOnlyDateGivesTheYearToDatesWithoutOne() throws {
        let analysis = FrenchAnalyzer().analyze("Le rassemblement est prévu le 14 juillet.", date: try DocumentDate(iso: "2019-04"))
        #expect(analysis.entities.first { $0.type == .date }?.value == "2019-07-14")
        #expect(analysis.date?.granularity == .month)
    }

    @Test func aMonthOnlyDatePlacesDernierBeforeIt() throws {
        let analysis = FrenchAnalyzer().analyze("Le chantier a commencé le 3 octobre dernier.", date: try DocumentDate(iso: "2022-10"))
        #expect(analysis.entities.first { $0.type == .date }?.value?.hasPrefix("2022-10-03") == true)
        let december = FrenchAnalyzer().analyze("Le chantier a commencé le 3 décembre dernier.", date: try DocumentDate(iso: "2022-10"))
        #expect(december.entities.first { $0.type == .date }?.value == "2021-12-03")
    }

    @Test func aYearOnlyDateDoesNotResolveHier() throws {
        let analysis = FrenchAnalyzer(relativeDates: true).analyze("La préfète a annoncé hier la réouverture.", date: try DocumentDate(iso: "2024"))
        #expect(!analysis.entities.contains { $0.type == .date })
    }

    @Test func ordersByTime() throws {
        #expect(try DocumentDate(iso: "2024") < DocumentDate(iso: "2024-01-01"))
        #expect(try DocumentDate(iso: "2023-12-31") < DocumentDate(iso: "2024-01"))
    }
}
