import Foundation
import Testing
@testable import FrenchText

/// A new user's first hour: what the reports show must read right.
@Suite struct FirstHourRendererTests {
    static func recordWithIndirectSpeech() -> AnalysisRecord {
        var r = ReportFixture.record()
        r.quotes.append(.init(kind: "indirect", text: "que la réforme serait retirée en février", start: 300, end: 340,
                              speaker: "Anna Wright", speakerGender: "female", cue: "affirmer", paragraph: 1, rule: "que-clause"))
        return r
    }

    @Test func indirectSpeechIsReportedSpeechNotInQuotationMarks() {
        let r = Self.recordWithIndirectSpeech()
        let text = TextRenderer().document(r, text: nil, index: 0)
        let md = MarkdownRenderer().document(r, text: nil, index: 0)
        let html = HTMLRenderer().document(r, text: ReportFixture.text, index: 0)
        for out in [text, md, html] {
            #expect(!out.contains("« que la réforme"), "\(out)")
            #expect(out.contains("que la réforme serait retirée en février"))
            #expect(out.contains("reported speech"))
        }
        #expect(text.contains("« Nous resterons mobilisés"))
    }

    @Test func shortenedQuotesAreCutBetweenWords() {
        let quote = "Des familles entières ont dû quitter leurs maisons en pleine nuit, sans rien emporter, et elles attendent toujours une aide qui ne vient pas depuis des mois"
        let short = TextRenderer.shortened(quote, to: 60)
        #expect(short.contains(" […] "))
        let words = Set(quote.split(separator: " ").map(String.init))
        for word in short.replacingOccurrences(of: " […] ", with: " ").split(separator: " ") {
            #expect(words.contains(String(word)), "cut mid-word: \(word)")
        }
    }

    @Test func theHTMLHeaderAndIndexCountTheSameQuotes() throws {
        let r = ReportFixture.record()   // 2 direct quotes and 1 fragment
        let page = HTMLRenderer().document(r, text: ReportFixture.text, index: 0)
        let entry = HTMLRenderer().indexEntry(r, index: 0)
        #expect(page.contains("2 quotes (+1 fragment)"))
        #expect(entry.contains("<td class=\"num\">2</td>"))
    }

    @Test func theHTMLDoesNotClipItsPanelsOnAPhone() {
        let page = HTMLRenderer().header(summary: CorpusSummary())
        #expect(!page.contains(".panel{background:#fff;border:1px solid var(--line);border-radius:8px;padding:10px 14px;overflow:hidden}"))
        #expect(page.contains("@media (max-width:560px)"))
    }

    @Test func aDateWithoutAValueSaysNull() throws {
        var r = ReportFixture.record()
        r.entities = [.init(text: "14 juillet", type: "DATE", start: 0, end: 10, value: nil), .init(text: "Minsk", type: "LOC", start: 20, end: 25)]
        let line = try r.jsonLine()
        #expect(line.contains("\"value\":null"))
        #expect(line.components(separatedBy: "\"value\"").count == 2, "only the DATE has a value key")
        #expect(try AnalysisRecord.decode(jsonLine: line) == r)
    }
}
