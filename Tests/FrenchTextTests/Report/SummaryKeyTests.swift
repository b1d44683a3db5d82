import Foundation
import Testing
@testable import FrenchText

/// Aggregates keyed by NFC form: a merge of shards equals the single run's summary, whichever
/// spelling (NFC or NFD) each shard saw first; inclusive forms grouped across case and spelling.
@Suite struct SummaryKeyTests {
    static let nfc = "Hélène Müller"
    static var nfd: String { nfc.decomposedStringWithCanonicalMapping }

    static func record(_ name: String, speaker: String) -> AnalysisRecord {
        var r = ReportFixture.record(name: name, source: "genève".decomposedStringWithCanonicalMapping, speaker: speaker)
        r.entities = r.entities.map { e in var e = e; if e.type == "LOC" { e.canonical = e.canonical.decomposedStringWithCanonicalMapping }; return e }
        return r
    }

    static func json(_ s: CorpusSummary) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return String(decoding: try encoder.encode(s), as: UTF8.self)
    }

    @Test func mergeEqualsTheSingleRunWithMixedNormalisation() throws {
        #expect(Self.nfc.utf8.count != Self.nfd.utf8.count)
        let a = Self.record("a.txt", speaker: Self.nfd), b = Self.record("b.txt", speaker: Self.nfc)
        var single = CorpusSummary()
        single.add(a)
        single.add(b)
        var first = CorpusSummary(), second = CorpusSummary()
        second.add(b)
        first.add(a)
        let merged = second.merged(with: first)
        #expect(try Self.json(merged) == Self.json(single))
        #expect(single.speakers.keys.map { Array($0.utf8) } == [Array(Self.nfc.utf8)])
        #expect(single.sources.keys.map { Array($0.utf8) } == [Array("genève".utf8)])
        #expect(single.topEntities(.location, 5).contains { Array($0.name.utf8) == Array("Bélarus".utf8) && $0.count == 2 })
    }

    @Test func inclusiveFormsAreCaseNormalisedAndVariantsGrouped() {
        var r = ReportFixture.record()
        r.inclusive = [
            .init(form: "Iel", masc: "Il", fem: "Elle", start: 0, end: 3),
            .init(form: "iel", masc: "il", fem: "elle", start: 10, end: 13),
            .init(form: "habitant·e·s", masc: "habitants", fem: "habitantes", start: 20, end: 32),
            .init(form: "habitant·es", masc: "habitants", fem: "habitantes", start: 40, end: 51),
            .init(form: "habitant·es", masc: "habitants", fem: "habitantes", start: 60, end: 71),
        ]
        var s = CorpusSummary()
        s.add(r)
        let top = s.topInclusive(10)
        #expect(top.map(\.form) == ["habitant·es", "iel"])
        #expect(top.map(\.tally.count) == [3, 2])
        #expect(top.last?.tally.masc == "il" && top.last?.tally.fem == "elle")
        #expect(top.first?.tally.otherVariants == ["habitant·e·s"])
        let digest = RecordDigest(r)
        #expect(digest.inclusive.map(\.form) == ["iel", "habitant·e·s"])
        #expect(digest.inclusive.map(\.count) == [2, 3])
    }
}
