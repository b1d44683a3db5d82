import Foundation
import Testing
@testable import FrenchText

@Suite struct CorpusSummaryTests {
    static let records = [
        ReportFixture.record(name: "a.txt", source: "amnesty"),
        ReportFixture.record(name: "b.txt", source: "hrw", speaker: "Jean Dupont", gender: .male),
        AnalysisRecord(skipped: InputItem(path: "hrw/photo.txt", document: "photo.txt", source: "hrw"), error: .binaryInput(source: "hrw/photo.txt")),
        ReportFixture.record(name: "c.txt", source: "hrw", speaker: "Anna Wright", gender: .female),
    ]

    static func summary(_ records: some Sequence<AnalysisRecord>) -> CorpusSummary {
        var s = CorpusSummary()
        for r in records { s.add(r) }
        return s
    }

    @Test func countsDocumentsQuotesAndSkips() {
        let s = Self.summary(Self.records)
        #expect(s.documents == 3)
        #expect(s.skipped.map(\.code) == ["FT003"])
        #expect(s.quoteKinds == ["direct": 6, "fragment": 3])
        #expect(s.reportedQuotes == 6)
        #expect(s.genders == ["female": 4, "male": 2])
        #expect(s.gendersBySource["hrw"] == ["female": 2, "male": 2])
        #expect(s.genderShares(source: "amnesty")[.female] == 1)
        #expect(s.genderShares()[.male] == 2.0 / 6.0)
    }

    @Test func topSpeakersCarryOrganisationAndGender() {
        let top = Self.summary(Self.records).topSpeakers(5)
        #expect(top.map(\.name) == ["Anna Wright", "Jean Dupont"])
        #expect(top[0].tally.quotes == 4)
        #expect(top[0].tally.documents == 2)
        #expect(top[0].tally.organisation == "Amnesty International")
        #expect(top[0].tally.gender == "female")
    }

    @Test func entitiesDatesAndInclusiveForms() {
        let s = Self.summary(Self.records)
        #expect(s.topEntities(.location, 5).map(\.name) == ["Bélarus", "Minsk"])
        #expect(s.topEntities(.location, 5).first?.count == 3)
        #expect(s.topEntities(.person, 5).map(\.name) == ["Anna Wright", "Jean Dupont"])
        #expect(s.earliestDate == "2025-09-01")
        #expect(s.latestDate == "2025-09-02")
        #expect(s.datesByYear == ["2025": 3])
    }

    @Test func mergingShardsEqualsOneRun() throws {
        let whole = Self.summary(Self.records)
        for k in 1...3 {
            let shards = (1...k).map { Shard(index: $0, count: k) }
            let merged = shards.map { Self.summary($0.select(Self.records)) }.reduce(CorpusSummary()) { $0.merged(with: $1) }
            #expect(merged == whole)
        }
        // …and the other way round.
        let reversed = Self.summary(Self.records.suffix(2)).merged(with: Self.summary(Self.records.prefix(2)))
        #expect(reversed == whole)
    }

    @Test func summaryAndRecordsRoundTripThroughJSON() throws {
        let whole = Self.summary(Self.records)
        let data = try JSONEncoder().encode(whole)
        #expect(try JSONDecoder().decode(CorpusSummary.self, from: data) == whole)
        let lines = try Self.records.map { try $0.jsonLine() }
        #expect(try Self.summary(lines.map { try AnalysisRecord.decode(jsonLine: $0) }) == whole)
    }
}
