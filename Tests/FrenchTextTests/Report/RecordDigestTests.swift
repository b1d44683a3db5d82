import Testing
@testable import FrenchText

@Suite struct RecordDigestTests {
    @Test func entitiesAreRankedByCountThenFirstMention() {
        var r = ReportFixture.record()
        r.entities += [
            .init(text: "Biélorussie", type: "LOC", start: 0, end: 0, canonical: "Bélarus"),
            .init(text: "Wright", type: "PER", start: 0, end: 0, canonical: "Anna Wright"),
        ]
        let digest = RecordDigest(r)
        #expect(digest.entities[.location]?.map(\.name) == ["Bélarus", "Minsk"])
        #expect(digest.entities[.location]?.first?.count == 2)
        #expect(digest.entities[.location]?.first?.forms == ["Biélorussie"])
        #expect(digest.entities[.person]?.first?.forms == ["Wright"])
        #expect(digest.entities[.date] == nil)
    }

    @Test func timelineIsInDateOrderWithUnresolvedDatesLast() {
        var r = ReportFixture.record()
        r.entities += [
            .init(text: "hier", type: "DATE", start: 0, end: 0, value: nil),
            .init(text: "en juillet 2014", type: "DATE", start: 0, end: 0, value: "2014-07"),
            .init(text: "le 1er septembre 2025", type: "DATE", start: 0, end: 0, value: "2025-09-01"),
        ]
        let timeline = RecordDigest(r).timeline
        #expect(timeline.map(\.value) == ["2014-07", "2025-09-01", nil])
        #expect(timeline[1].texts == ["1er septembre 2025", "le 1er septembre 2025"])
    }

    @Test func speakersGatherTheirQuotes() {
        let digest = RecordDigest(ReportFixture.record())
        #expect(digest.speakers.map(\.name) == ["Anna Wright"])
        #expect(digest.speakers.first?.quotes == [0, 1])
        #expect(digest.speakers.first?.gender == "female")
        #expect(digest.speakers.first?.role == "spécialiste de la région")
    }
}
