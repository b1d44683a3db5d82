import Testing
@testable import FrenchText

/// The closed word classes of the attribution sieves come from `quote_function_words.tsv`.
@Suite struct QuoteFunctionWordsTests {
    @Test(arguments: QuoteFunctionWords.Group.allCases)
    func everyGroupHasWords(group: QuoteFunctionWords.Group) {
        #expect(!QuoteFunctionWords.words(group).isEmpty, "\(group.rawValue) has no row in quote_function_words.tsv")
    }

    @Test func groupsHoldTheirClass() {
        #expect(QuoteFunctionWords.definiteArticle == ["le", "la", "les", "l'"])
        #expect(QuoteFunctionWords.demonstrative.contains("cette") && !QuoteFunctionWords.demonstrative.contains("la"))
        #expect(QuoteFunctionWords.finiteTag.contains("ipre") && !QuoteFunctionWords.finiteTag.contains("ppas"))
    }

    @Test func lightInfinitivesByLightVerb() {
        #expect(CueVerbMatcher.lightInfinitives["faire"]?.contains("valoir") == true)
        #expect(CueVerbMatcher.lightInfinitives["vouloir"] == ["croire"])
        #expect(CueVerbMatcher.lightInfinitives["tenir"] == nil)
    }
}
