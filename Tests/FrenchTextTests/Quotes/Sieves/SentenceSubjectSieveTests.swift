import Testing
@testable import FrenchText

@Suite struct SentenceSubjectSieveTests {
    @Test(arguments: [
        ("Le vice-premier et ministre de l'Economie, Alexander De Croo (Open-VLD), a affirmé qu'il fallait que \"la famille libérale puisse travailler ensemble\".", "Alexander De Croo"),
        ("Le député François Ruffin a, lui, appelé à « bloquer le pays tout entier ».", "François Ruffin"),
    ])
    func subjectOfTheQuoteSentence(_ text: String, _ speaker: String) {
        #expect(SieveTestSupport.quotes(text).first?.speaker?.name == speaker)
    }
}
