import Foundation
import Testing
@testable import FrenchText

/// Large documents are analysed block by block with global offsets.
@Suite struct BlockAnalysisTests {
    static let releases = [
        "Le 1er septembre 2025, Anna Wright, spécialiste de la région à Amnesty International, a déclaré : « La libération de ces détenu·e·s est une bonne nouvelle. »",
        "« Les civils paient le prix fort de cette guerre », a déclaré Volker Türk à Goma.",
        "Le maire de Québec, Régis Labeaume, a présenté le projet. « Les Plaines appartiennent à tous les Québécois », a-t-il déclaré devant les élu·e·s.",
    ]

    static func scalars(_ text: String, _ start: Int, _ end: Int) -> String {
        let u = Array(text.unicodeScalars)
        guard start >= 0, start <= end, end <= u.count else { return "<out of bounds \(start)..<\(end)>" }
        var s = String.UnicodeScalarView()
        s.append(contentsOf: u[start..<end])
        return String(s)
    }

    @Test(arguments: ["\n", " "])
    func blocksCoverTheTextAndOffsetsAreGlobal(separator: String) throws {
        let text = (0..<40).map { Self.releases[$0 % 3] }.joined(separator: separator) + "\n"
        let ranges = BlockAnalysis.blocks(of: text, size: 600)
        #expect(ranges.count > 5)
        #expect(ranges.map { String(text[$0]) }.joined() == text)
        let item = InputItem(path: "grand.txt", document: "grand.txt", source: ".")
        let record = BlockAnalysis.record(of: text, item: item, input: nil, analyzer: FrenchAnalyzer(), date: nil, threshold: 1000, blockSize: 600)
        let whole = AnalysisRecord(FrenchAnalyzer().analyze(text, name: "grand.txt"), item: item)
        #expect(record.characters == text.unicodeScalars.count)
        #expect(record.paragraphs == whole.paragraphs)
        for q in record.quotes { #expect(Self.scalars(text, q.start, q.end) == q.text) }
        for e in record.entities { #expect(Self.scalars(text, e.start, e.end) == e.text) }
        for i in record.inclusive { #expect(Self.scalars(text, i.start, i.end) == i.form) }
        #expect(record.quotes.filter { $0.kind == "direct" }.count == whole.quotes.filter { $0.kind == "direct" }.count)
        #expect(record.inclusive.count == whole.inclusive.count)
        #expect(record.quotes.map(\.start) == record.quotes.map(\.start).sorted())
        if separator == "\n" { #expect(record.quotes.map(\.paragraph) == whole.quotes.map(\.paragraph)) }
    }

    @Test func aCutNeverFallsInsideQuotationMarksOrACodePoint() {
        let text = String(repeating: "« Une très longue citation. Elle continue. Encore une phrase ici. » ", count: 50)
        for range in BlockAnalysis.blocks(of: text, size: 500) {
            let block = text[range]
            #expect(block.filter { $0 == "«" }.count == block.filter { $0 == "»" }.count)
        }
        let noSpace = String(repeating: "é", count: 5000)
        #expect(BlockAnalysis.blocks(of: noSpace, size: 333).map { String(noSpace[$0]) }.joined() == noSpace)
    }

    @Test(arguments: [ReportSections.all, .quotes, [.entities, .timeline]])
    func aLargeRecordIsEncodedInPiecesToTheSameLine(sections: ReportSections) {
        let text = Self.releases.joined(separator: "\n")
        let item = InputItem(path: "a.txt", document: "a.txt", source: ".")
        let record = AnalysisRecord(FrenchAnalyzer().analyze(text, name: "a.txt"), item: item)
        #expect(!record.entities.isEmpty && !record.quotes.isEmpty)
        #expect(JSONRenderer.encodeInPieces(record, sections: sections) == JSONRenderer.encode(record, sections: sections))
    }
}
