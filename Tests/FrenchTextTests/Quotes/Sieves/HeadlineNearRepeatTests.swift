import Testing
@testable import FrenchText

/// A heading repeating a body quote with one word retyped (an article, a preposition) takes its speaker
/// (``HeadlineRepeatSieve/nearlyOpens(_:_:)``); two words changed, or a short heading, are no repeat.
@Suite struct HeadlineNearRepeatTests {
    @Test(arguments: [
        ("« Il n’y a pas de crise dans le groupe »\n\nAprès la défaite, l’entraîneur Paul Girard a parlé aux journalistes. "
            + "« Il n’y a pas une crise dans le groupe. Nous allons travailler », a-t-il assuré.", "Paul Girard"),
        ("« Nous ne fermerons pas la maternité de Lunel »\n\nLa directrice de l’hôpital, Claire Roy, a reçu les élus lundi. "
            + "« Nous ne fermerons pas la maternité à Lunel, c’est une promesse », a déclaré Claire Roy.", "Claire Roy"),
    ])
    func theHeadingTakesTheBodySpeaker(_ text: String, _ speaker: String) {
        let q = SieveTestSupport.quotes(text).first
        #expect(q?.speaker?.name == speaker)
        #expect(q?.rule == .headlineRepeat)
    }

    @Test func onlyOneWordMayDiffer() {
        #expect(HeadlineRepeatSieve.nearlyOpens("il n y a pas une theorie du danger on disputait", "il n y a pas une theorie de danger"))
        #expect(!HeadlineRepeatSieve.nearlyOpens("il n y a plus une theorie du danger", "il n y a pas une theorie de danger"))
        #expect(!HeadlineRepeatSieve.nearlyOpens("nous ne fermons rien", "nous ne fermerons rien"))
        #expect(!HeadlineRepeatSieve.nearlyOpens("elle n y a pas une theorie de danger", "il n y a pas une theorie de danger"))
    }
}
