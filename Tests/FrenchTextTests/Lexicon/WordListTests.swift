import Testing
@testable import FrenchText

@Suite struct WordListTests {
    @Test func linesSkipCommentsAndBlanks() {
        let bytes = Array("# source\n\nM.\n  etc.  \n# end\n".utf8)
        #expect(WordList.lines(bytes) == ["M.", "etc."])
        #expect(WordList.rows(Array("e\t\te\nrice\teur\trice\n".utf8)) == [["e", "", "e"], ["rice", "eur", "rice"]])
    }

    @Test(arguments: [
        PackageResources.abbreviations_txt, PackageResources.elisions_txt, PackageResources.inversion_pronouns_tsv,
        PackageResources.inclusive_formations_tsv, PackageResources.inclusive_pairs_tsv, PackageResources.inclusive_neutral_words_tsv,
        PackageResources.top_level_domains_txt, PackageResources.abbreviations_sentence_final_txt,
    ])
    func resourcesAreSortedNFCWithAHeader(bytes: [UInt8]) {
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(text.hasPrefix("#"))
        #expect(text.precomposedStringWithCanonicalMapping == text)
        let entries = WordList.lines(bytes)
        #expect(!entries.isEmpty)
        #expect(entries == entries.sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) })
    }

    @Test func sentenceFinalAbbreviationsAreAbbreviations() {
        #expect(FrenchTables.sentenceFinalAbbreviations.isSubset(of: FrenchTables.abbreviations))
    }
}
