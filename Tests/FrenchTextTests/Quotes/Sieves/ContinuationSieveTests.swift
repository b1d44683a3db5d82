import Testing
@testable import FrenchText

@Suite struct ContinuationSieveTests {
    @Test(arguments: [
        "« Nous avons tout essayé », explique Nadia Benali. Elle ajoute qu’il faudra du temps. « Rien ne sera simple. »",
        "« Nous avons tout essayé », explique Nadia Benali. La réunion a duré trois heures. « Rien ne sera simple. »",
    ])
    func nextQuoteOfTheParagraphKeepsTheSpeaker(_ text: String) {
        let q = SieveTestSupport.quotes(text).last
        #expect(q?.rule == .continuation)
        #expect(q?.speaker?.name == "Nadia Benali")
    }
}
