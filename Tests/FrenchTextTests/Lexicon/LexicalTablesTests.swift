import Foundation
import Testing
@testable import FrenchText

/// Every resource file, through the one loader: hygiene, NFC, a `SOURCES.md` row, a table case.
@Suite struct LexicalTablesTests {
    @Test(arguments: LexicalTable.allCases)
    func tableIsWellFormed(_ table: LexicalTable) {
        ResourceFileCheck.expectWellFormed(table.rawValue, table.bytes)
    }

    @Test(arguments: LexicalTable.allCases)
    func tableHasASourcesRow(_ table: LexicalTable) throws {
        #expect(try ResourceFileCheck.sourcedFiles().contains(table.rawValue))
    }

    @Test(arguments: LexicalTable.allCases.filter(\.isTSV))
    func tsvRowsHaveTheirColumns(_ table: LexicalTable) {
        let rows = LexicalTables.rows(table)
        #expect(rows.contains { $0.count >= 2 }, "\(table.rawValue) has typed columns")
        #expect(rows.allSatisfy { !$0[0].isEmpty }, "\(table.rawValue) has no empty first cell")
    }

    /// The byte-level row reader gives what splitting the lines on tabs and trimming spaces gives.
    @Test(arguments: LexicalTable.allCases)
    func rowsAreTheLinesSplitOnTabs(_ table: LexicalTable) {
        let expected = LexicalTables.lines(table).map { $0.split(separator: "\t", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: " ") } }
        #expect(LexicalTables.rows(table) == expected)
    }

    @Test func rowsKeepEmptyCellsAndTrimSpaces() {
        let bytes = Array("# comment\n  a \t b\t\tc \r\nd\n\n\té\t f ".utf8)
        #expect(LexicalTables.rows(bytes) == [["a", "b", "", "c"], ["d"], ["é", "f"]])
    }

    @Test func everyResourceFileIsATable() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: ResourceFileCheck.resourceDirectory.path)
            .filter { $0.hasSuffix(".txt") || $0.hasSuffix(".tsv") }
        #expect(Set(files) == Set(LexicalTable.allCases.map(\.rawValue)))
        #expect(try ResourceFileCheck.sourcedFiles().subtracting(files) == [], "SOURCES.md names no missing file")
    }

    @Test func loaderReadsLinesRowsAndKeys() {
        #expect(LexicalTables.lines(.elisions).contains("jusqu"))
        #expect(LexicalTables.rows(.months).contains(["septembre", "9"]))
        #expect(LexicalTables.keys(.ministryMetonyms).contains("intérieur"))
        #expect(LexicalTables.entries(.personTitles).contains("Mme"))
        #expect(LexicalTables.lines(Array("# source\n\nM.\n  etc.  \r\n# end\n".utf8)) == ["M.", "etc."])
    }
}
