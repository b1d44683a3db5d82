import Testing
@testable import FrenchText

@Suite struct CueBeforeSieveTests {
    @Test(arguments: [
        "Le ministre Paul Girard a affirmé que « la réforme sera votée avant l’été ».",
        "Paul Girard a rappelé que « aucune décision n’a encore été prise ».",
        "Paul Girard a rappelé qu’« aucune décision n’a encore été prise ».",
    ])
    func cueAndQueBeforeTheQuote(_ text: String) {
        let q = SieveTestSupport.quotes(text).first
        #expect(q?.rule == .queIntro)
        #expect(q?.speaker?.name == "Paul Girard")
    }

    @Test func cueRightBeforeTheQuote() {
        let q = SieveTestSupport.quotes("Paul Girard a déclaré « la réforme sera votée avant l’été » devant les députés.").first
        #expect(q?.rule == .cueBefore)
        #expect(q?.speaker?.name == "Paul Girard")
    }
}
