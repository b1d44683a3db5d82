import Testing
@testable import FrenchText

/// Reported speech without marks is `indirect`, never `direct`.
@Suite struct IndirectSpeechTests {
    @Test(arguments: [
        ("Jean Dumont a affirmé que les négociations reprendraient dès lundi matin.", "les négociations reprendraient dès lundi matin", "Jean Dumont", "indirect:que"),
        ("Les discussions sont suspendues jusqu’à nouvel ordre, a indiqué le ministre.", "Les discussions sont suspendues jusqu’à nouvel ordre", nil, "indirect:incise"),
        ("Selon la police, les autorités ont interpellé trois personnes dans la nuit.", "les autorités ont interpellé trois personnes dans la nuit", nil, "indirect:selon"),
        ("Depuis le début de l’année, a indiqué M. Paul Léger, les prix ont augmenté de 8 %.", "Depuis le début de l’année, a indiqué M. Paul Léger, les prix ont augmenté de 8 %", "Paul Léger", "indirect:incise"),
    ])
    func indirect(_ text: String, _ clause: String, _ speaker: String?, _ rule: String) throws {
        let quotes = QuoteTestSupport.extract(text).quotes
        #expect(!quotes.contains { $0.kind == .direct })
        let q = try #require(quotes.first { $0.kind == .indirect })
        #expect(q.text == clause)
        #expect(q.rule.rawValue == rule)
        #expect(q.speaker != nil)
        if let speaker { #expect(q.speaker?.name == speaker) }
    }

    @Test func relativeSelonIsNotASpeaker() {
        let quotes = QuoteTestSupport.extract("En réaction aux informations selon lesquelles les autorités ont arrêté plusieurs dizaines de personnes.").quotes
        #expect(quotes.isEmpty)
    }

    @Test func indirectSpeakerFeedsALaterQuote() {
        let text = """
        Les musiciens ont joué place Bouchard, a indiqué la préfecture du Calvados.
        La troupe a ensuite été verbalisée pour "infraction à l'arrêté préfectoral interdisant les manifestations".
        """
        let q = QuoteTestSupport.direct(text).first
        #expect(q?.speaker?.name == "préfecture du Calvados")
        #expect(q?.speaker?.kind == .organisation)
    }
}
