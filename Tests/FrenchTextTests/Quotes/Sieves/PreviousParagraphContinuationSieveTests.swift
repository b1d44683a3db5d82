import Testing
@testable import FrenchText

@Suite struct PreviousParagraphContinuationSieveTests {
    @Test func speakerOfThePreviousParagraphGoesOn() {
        let text = "« Le site fermera en juin », a annoncé Julien Morel, directeur de l’usine.\n\nLes salariés ont été reçus mardi. « Nous chercherons des solutions pour chacun. »"
        let q = SieveTestSupport.quotes(text).last
        #expect(q?.rule == .continuationPreviousParagraph)
        #expect(q?.speaker?.name == "Julien Morel")
    }

    @Test func someoneNamedInBetweenHandsTheFloorOver() {
        let text = "« Le site fermera en juin », a annoncé Julien Morel, directeur de l’usine.\n\nLe maire, Bernard Laporte, a répondu par courrier. « Nous chercherons des solutions pour chacun. »"
        let q = SieveTestSupport.quotes(text).last
        #expect(q?.rule != .continuationPreviousParagraph)
    }
}
