import Testing
@testable import FrenchText

@Suite struct AnalyzerTests {
    @Test func dateFromTheDatelineAnchorsDatesWithoutAYear() {
        let text = "Lyon, le 3 mars 2024 – La préfète du Rhône a annoncé que le chantier reprendra le 14 juillet."
        let analysis = FrenchAnalyzer().analyze(text, name: "dateline")
        #expect(analysis.date?.iso == "2024-03-03")
        #expect(analysis.entities.first { $0.text == "14 juillet" }?.value == "2024-07-14")
    }

    @Test func aGivenDateWinsOverTheText() throws {
        let analysis = FrenchAnalyzer().analyze("Le rassemblement est prévu le 14 juillet.", name: "given", date: try DocumentDate(iso: "2019-04-06"))
        #expect(analysis.date?.iso == "2019-04-06")
        #expect(analysis.entities.first { $0.type == .date }?.value == "2019-07-14")
    }

    @Test func noDateAnywhereLeavesItUnknown() {
        let analysis = FrenchAnalyzer().analyze("Le rassemblement est prévu le 14 juillet.", name: "none")
        #expect(analysis.date == nil)
        #expect(analysis.entities.first { $0.type == .date }?.value == nil)
    }
}

@Suite struct RelativeDateOptionTests {
    static let text = "Paris, le 12 mars 2025 – Le ministre a annoncé hier la fermeture du site."

    @Test func relativeDatesAreOffByDefault() {
        let analysis = FrenchAnalyzer().analyze(Self.text, name: "off")
        #expect(!analysis.entities.contains { $0.text == "hier" })
    }

    @Test func relativeDatesResolveAgainstTheDocumentDate() {
        let analysis = FrenchAnalyzer(relativeDates: true).analyze(Self.text, name: "on")
        #expect(analysis.entities.first { $0.text == "hier" }?.value == "2025-03-11")
    }
}
