import Testing
@testable import FrenchText

@Suite struct PreviousParagraphSubjectSieveTests {
    @Test(arguments: ["Jean Dupont, maire de Lunel, est inquiet.", "Le maire Jean Dupont est inquiet depuis lundi."])
    func personThePreviousParagraphWasAbout(_ sentence: String) {
        let text = "\(sentence)\n\n« Nous n’avons plus aucune marge de manœuvre. »"
        let q = SieveTestSupport.quotes(text).last
        #expect(q?.rule == .paragraphSubject)
        #expect(q?.speaker?.name == "Jean Dupont")
        #expect(q?.trace == [.previousParagraphSubject])
    }
}
