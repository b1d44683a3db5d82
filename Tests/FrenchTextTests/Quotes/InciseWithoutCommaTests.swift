import Testing
@testable import FrenchText

/// `« A confie X, rôle. B »`: an incise inside the marks with no comma before its verb, closed by a full stop.
@Suite struct InciseWithoutCommaTests {
    @Test(arguments: [
        ("« Tout le monde a gardé le sourire confie Carine Daniel, la responsable du camping. Les vacanciers sont partis dans le calme. »", "Carine Daniel"),
        ("« Dix familles ont été relogées explique le maire Fred Malher. La solidarité a joué à plein dans le village. »", "Fred Malher"),
    ])
    func splitsIntoTwoQuotesOfTheNamedSpeaker(_ text: String, _ speaker: String) {
        let quotes = SieveTestSupport.quotes(text)
        #expect(quotes.count == 2)
        #expect(quotes.allSatisfy { $0.speaker?.name == speaker })
    }

    @Test func aVerbWithoutANamedSpeakerDoesNotSplit() {
        #expect(SieveTestSupport.quotes("« Je vous le dis simplement. Nous resterons ici jusqu’au bout de la nuit. »").count == 1)
    }
}
