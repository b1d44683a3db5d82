import Testing
@testable import FrenchText

/// `link-surnames` over a known place: the surname of a person the text named stays a person
/// (`François Hollande … Hollande a dit`) unless a preposition or an article makes it a place.
@Suite struct PersonSurnameOverPlaceTests {
    @Test(arguments: [
        ("François Hollande a reçu les syndicats. Hollande a dit qu’il ne céderait pas.", "Hollande"),
        ("L’entraîneur a convoqué Jean Vienne. Vienne a marqué deux fois.", "Vienne"),
        ("Claire Valence dirige le service. Selon Valence, tout est prêt.", "Valence"),
    ])
    func theSurnameIsThePerson(text: String, name: String) {
        let labels = entityLabels(text)
        #expect(labels.filter { $0 == "PER \(name)" }.count == 1)
        #expect(!labels.contains("LOC \(name)"))
    }

    @Test(arguments: [
        "Claire Valence dirige le service. Elle vit à Valence depuis dix ans.",
        "François Hollande a parlé. Il a visité la Hollande en mai.",
        "Jean Vienne est arrivé. Il repart en Vienne demain.",
    ])
    func aPrepositionOrAnArticleKeepsThePlace(text: String) {
        #expect(entityLabels(text).contains { $0.hasPrefix("LOC ") })
    }
}

/// A surname spelled like a common word opens a sentence as a verb's subject once the text named the person.
@Suite struct PersonCommonSurnameSubjectTests {
    @Test(arguments: [
        ("Laurent Berger a quitté la CFDT. Berger a expliqué son choix.", "Berger"),
        ("Élisabeth Borne a été attaquée. Borne attaquée par la gauche, le texte passe.", "Borne"),
        ("Anne Boulanger dirige la régie. Boulanger estime que le budget tient.", "Boulanger"),
    ])
    func theSurnameIsThePerson(text: String, name: String) {
        #expect(entityLabels(text).contains("PER \(name)"), "\(entityLabels(text))")
    }

    @Test func aCommonNounOpeningASentenceBeforeANounIsNone() {
        #expect(!entityLabels("Laurent Berger a quitté la CFDT. Berger allemand ou labrador, le choix est fait.").contains("PER Berger"))
    }
}
