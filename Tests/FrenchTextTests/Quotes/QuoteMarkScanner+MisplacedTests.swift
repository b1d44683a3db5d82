import Testing
@testable import FrenchText

/// Marks typed the wrong way round (`»` for `«`) or glued to the previous sentence (`nuancé."Les…`).
@Suite struct QuoteMarkScannerMisplacedTests {
    @Test(arguments: [
        ("Le préfet a appelé la population au calme : » Je demande à chacun de rester prudent sur les routes ».",
         "Je demande à chacun de rester prudent sur les routes"),
        ("Les travaux reprendront en mars.\n»La route restera fermée jusqu’à lundi soir », a précisé Claire Dumas.",
         "La route restera fermée jusqu’à lundi soir"),
        ("La séance a été levée. » Nous reviendrons avec des propositions chiffrées », a promis le maire.",
         "Nous reviendrons avec des propositions chiffrées"),
    ])
    func reversedGuillemetOpensAQuote(_ text: String, _ expected: String) {
        let direct = QuoteTestSupport.direct(text)
        #expect(direct.map(\.text) == [expected])
    }

    @Test func reversedOpenerKeepsItsSpeaker() {
        let text = "Les travaux reprendront en mars.\n»La route restera fermée jusqu’à lundi soir », a précisé Claire Dumas."
        #expect(QuoteTestSupport.direct(text).first?.speaker?.name == "Claire Dumas")
    }

    @Test(arguments: [
        // A stray closing mark after a word stays a stray mark.
        "Il n’a pas voulu en dire plus » a-t-il ajouté avant de partir vers la gare.",
        // A « between the two » means the first one closed something.
        "Il reste beaucoup à faire. » Rien n’est réglé, disait-il, « et nous le savons ».",
    ])
    func strayClosingMarkIsNotAnOpener(_ text: String) {
        #expect(QuoteTestSupport.direct(text).map(\.text).contains { $0.hasPrefix("Il ") || $0.hasPrefix("Rien") } == false)
    }

    @Test func straightQuoteGluedToThePreviousSentenceOpens() {
        let text = "Jeanne Morel a répondu aux critiques.\"Nous ne reculerons pas sur cette réforme\", a-t-elle martelé."
        let direct = QuoteTestSupport.direct(text)
        #expect(direct.map(\.text) == ["Nous ne reculerons pas sur cette réforme"])
        #expect(direct.first?.speaker?.name == "Jeanne Morel")
    }

    @Test func straightQuoteGluedAfterAnOpenQuoteStillCloses() {
        let text = "\"Nous partirons demain matin.\"Le lendemain, ils étaient pourtant encore là, a raconté Paul Girard."
        #expect(QuoteTestSupport.direct(text).map(\.text) == ["Nous partirons demain matin."])
    }
}

/// A straight closing quote typed before the space rather than after it.
@Suite struct StraightQuoteClosingBeforeAWordTests {
    @Test func lastStraightQuoteClosesTheOpenOne() {
        let text = "Le ministre juge qu’il y a \"un patrimoine diplomatique qu’il faut préserver \"car il a été bâti depuis longtemps."
        #expect(QuoteTestSupport.direct(text).map(\.text) == ["un patrimoine diplomatique qu’il faut préserver"])
    }

    @Test func aLaterMarkStillPairsNormally() {
        let text = "Il a évoqué \"une étape\" puis \"une victoire pour tous les salariés du site\", selon Paul Girard."
        #expect(QuoteTestSupport.extract(text).quotes.map(\.text) == ["une étape", "une victoire pour tous les salariés du site"])
    }
}
