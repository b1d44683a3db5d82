import Testing
@testable import FrenchText

/// A person's name ends before a capitalised grammatical word that opens a sentence whose period was lost.
@Suite struct PersonNameStopTests {
    @Test(arguments: [
        ("« Nous restons unis », a lancé M. Durand Comme chaque année, le maire a salué les bénévoles.", "PER Durand"),
        ("Le ministre Ousmane Barry Pour sa part, l’opposition a quitté la salle.", "PER Ousmane Barry"),
        ("Mme Lefèvre Selon elle, le budget sera voté en mars.", "PER Lefèvre"),
        // a caption glued to the next sentence: the plural article opens no surname
        ("Photo Ole Martin Wold Les Bosniens ont résisté jusqu’au bout.", "PER Ole Martin Wold"),
        ("Le gardien Marc Dubois Les supporters ont chanté toute la soirée.", "PER Marc Dubois"),
    ])
    func theNameEndsBeforeTheOpeningWord(text: String, label: String) {
        let labels = entityLabels(text)
        #expect(labels.contains(label), "\(labels)")
    }

    @Test(arguments: [
        ("Marine Le Pen a répondu aux questions.", "PER Marine Le Pen"),
        ("Le Premier ministre Alexander De Croo a parlé.", "PER Alexander De Croo"),
    ])
    func particlesStayInTheName(text: String, label: String) {
        #expect(entityLabels(text).contains(label), "\(entityLabels(text))")
    }
}
