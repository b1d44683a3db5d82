import Testing
@testable import FrenchText

@Suite struct SentenceSubjectSieveTests {
    @Test(arguments: [
        "Le député François Ruffin a, lui, appelé à « bloquer le pays tout entier ».",
        "Le député François Ruffin veut désormais « bloquer le pays tout entier ».",
    ])
    func subjectOpeningTheQuotesSentence(_ text: String) {
        let q = SieveTestSupport.quotes(text).first
        #expect(q?.rule == .sentenceSubject)
        #expect(q?.speaker?.name == "François Ruffin")
    }

    @Test func organisationAsSubject() {
        let q = SieveTestSupport.quotes("Dans son communiqué, la préfecture de la Somme a fait état « d’une odeur très caractéristique ».").first
        #expect(q?.rule == .sentenceSubject)
        #expect(q?.speaker?.kind == .organisation)
    }
}

@Suite struct SentenceSubjectLateSieveTests {
    @Test(arguments: [
        ("Le vice-premier et ministre de l'Economie, Alexander De Croo (Open-VLD), a affirmé qu'il fallait que \"la famille libérale puisse travailler ensemble\".", "Alexander De Croo"),
        ("Le député François Ruffin a, lui, appelé à « bloquer le pays tout entier ».", "François Ruffin"),
    ])
    func subjectOfTheQuoteSentence(_ text: String, _ speaker: String) {
        #expect(SieveTestSupport.quotes(text).first?.speaker?.name == speaker)
    }

    @Test func anOrganisationSubjectTakesBackAPartialQuote() {
        let text = "Pierre-André Durand a rappelé que la fumée ne présentait \"pas de toxicité aiguë\". Dans son communiqué, la préfecture de Seine-Maritime a également fait état \"d'une odeur caractéristique\", liée à \"l'extinction du feu\"."
        let quotes = SieveTestSupport.quotes(text)
        #expect(quotes.count == 3)
        #expect(quotes.dropFirst().allSatisfy { $0.speaker?.name == "préfecture de Seine-Maritime" })
    }
}
