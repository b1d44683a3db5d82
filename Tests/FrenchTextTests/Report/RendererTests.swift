import Foundation
import Testing
@testable import FrenchText

@Suite struct RendererTests {
    let record = ReportFixture.record()

    @Test func csvQuotesFieldsAndParsesBack() {
        let renderer = CSVRenderer(table: .quotes)
        let csv = renderer.header(summary: nil) + renderer.document(record, text: nil, index: 0)
        #expect(csv.hasSuffix("\r\n"))
        let rows = CSVRenderer.parse(csv)
        #expect(rows.count == 4)
        #expect(rows[0] == CSVRenderer.Table.quotes.columns)
        #expect(rows.allSatisfy { $0.count == rows[0].count })
        let text = rows[0].firstIndex(of: "text")!, speaker = rows[0].firstIndex(of: "speaker")!
        #expect(rows[1][text] == "Nous resterons mobilisés pour les détenu·e·s du Bélarus.")
        #expect(rows[1][speaker] == "Anna Wright")
    }

    @Test(arguments: ["simple", "a, b", "il a dit \"non\"", "deux\nlignes", "« », ’"])
    func csvFieldRoundTrips(value: String) {
        let line = CSVRenderer.row(["x", value, ""])
        #expect(CSVRenderer.parse(line) == [["x", value, ""]])
    }

    @Test func htmlNestsEntitiesInQuotesAndLinksSpeakers() {
        let html = HTMLRenderer().document(record, text: ReportFixture.text, index: 0)
        #expect(html.contains("<span class=\"q direct\" id=\"d1-q1\""))
        #expect(html.contains("<span class=\"e LOC\" title=\"LOC\">Bélarus</span>"))
        // The link to the speaker comes after the closing mark.
        #expect(html.contains("Bélarus</span>.</span> »<a class=\"who\" href=\"#d1-s1\""))
        #expect(html.contains("<li id=\"d1-s1\">"))
        #expect(html.contains("<span class=\"e PER\" title=\"PER\"><span class=\"spk\">Anna Wright</span></span>"))
        // Tags balance.
        #expect(html.components(separatedBy: "<span").count == html.components(separatedBy: "</span>").count)
    }

    @Test func htmlSurvivesCrossingAndOutOfRangeSpans() {
        var r = record
        // An entity crossing the end of the first quote, one past the end of the text, one empty.
        let end = r.quotes[0].end
        r.entities += [
            .init(text: "x", type: "ORG", start: end - 3, end: end + 4, canonical: "x"),
            .init(text: "y", type: "PER", start: 10_000, end: 10_010, canonical: "y"),
            .init(text: "z", type: "LOC", start: 5, end: 5, canonical: "z"),
        ]
        r.quotes.append(.init(kind: "direct", text: "?", start: -4, end: 3))
        let html = HTMLRenderer().document(r, text: ReportFixture.text, index: 0)
        #expect(html.components(separatedBy: "<span").count == html.components(separatedBy: "</span>").count)
        #expect(html.contains("Minsk"))
    }

    @Test func htmlEscapesTheText() {
        var r = record
        r.quotes = []
        r.entities = []
        let html = HTMLRenderer().document(r, text: "Tom & Jerry <script>alert(1)</script>", index: 0)
        #expect(html.contains("Tom &amp; Jerry &lt;script&gt;"))
        #expect(!html.contains("<script>"))
    }

    @Test func htmlPageHasTheCorpusFirst() {
        var summary = CorpusSummary()
        summary.add(record)
        summary.add(ReportFixture.record(name: "bis.txt"))
        let r = HTMLRenderer()
        let page = r.header(summary: summary) + r.document(record, text: ReportFixture.text, index: 0) + r.footer(summary: summary)
        #expect(page.hasPrefix("<!DOCTYPE html>"))
        #expect(page.contains("id=\"corpus\""))
        #expect(page.range(of: "id=\"corpus\"")!.lowerBound < page.range(of: "id=\"d1\"")!.lowerBound)
        #expect(!page.contains("http://") && !page.contains("https://"))
        #expect(page.hasSuffix("</html>\n"))
    }

    @Test func markdownListsQuotesEntitiesTimelineAndInclusive() {
        var r = record
        r.inclusive = [.init(form: "détenu·e·s", masc: "détenus", fem: "détenues", start: 70, end: 80)]
        let md = MarkdownRenderer().document(r, text: nil, index: 0)
        #expect(md.contains("1. « Nous resterons mobilisés pour les détenu·e·s du Bélarus. » — **Anna Wright** (spécialiste de la région, Amnesty International) · *déclarer*"))
        #expect(md.contains("| Places | Bélarus | 1 |"))
        #expect(md.contains("- **2025-09-01** — 1er septembre 2025"))
        #expect(md.contains("| détenu·e·s | 1 | détenus | détenues |"))
    }

    @Test func aSingleDocumentPageHasNoCorpusSection() {
        var summary = CorpusSummary()
        summary.add(record)
        #expect(!HTMLRenderer().header(summary: summary).contains("id=\"corpus\""))
    }

    @Test(arguments: [("Anna Wright", "Anna Wright"), ("Haut-Commissariat des Nations unies pour les réfugiés", "Haut-Commissariat des Nations…")])
    func longSpeakerNamesAreShortenedInBadges(name: String, badge: String) {
        #expect(HTMLRenderer.badge(name) == badge)
    }

    @Test func textHasNoColourUnlessAsked() {
        #expect(!TextRenderer().document(record, text: nil, index: 0).contains("\u{1B}["))
        #expect(TextRenderer(colour: true).document(record, text: nil, index: 0).contains("\u{1B}["))
    }

    @Test func jsonProjectionKeepsOnlyItsLists() throws {
        let json = JSONRenderer.encode(record, sections: .quotes)
        let object = try JSONSerialization.jsonObject(with: Data(json.utf8)) as! [String: Any]
        #expect(object["quotes"] != nil)
        #expect(object["entities"] == nil)
        #expect(object["document"] as? String == "belarus.txt")
    }
}
