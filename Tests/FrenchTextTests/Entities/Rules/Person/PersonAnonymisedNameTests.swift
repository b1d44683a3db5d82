import Testing
@testable import FrenchText

/// `person-first-name`: a word the lexicon does not know before an initial that ends the name is a person's
/// shortened name, as court reports write them (`Kévin L.`, `Guilaume R.`).
@Suite struct PersonAnonymisedNameTests {
    @Test(arguments: [
        ("Kévin L., 25 ans, a été condamné à deux ans de prison.", "PER Kévin L."),
        ("Le prévenu, Maëlys T., nie les faits.", "PER Maëlys T."),
        ("Selon l’avocat de Guilaume R., son client regrette.", "PER Guilaume R."),
    ])
    func theShortenedNameIsAPerson(text: String, label: String) {
        #expect(entityLabels(text).contains(label), "\(entityLabels(text))")
    }

    @Test(arguments: [
        "Le Groupe B. a été tiré au sort.",
        "Il a pris la route D. jusqu’au village.",
    ])
    func aKnownWordBeforeAnInitialIsNoSuchName(text: String) {
        #expect(!entityLabels(text).contains { $0.hasPrefix("PER") }, "\(entityLabels(text))")
    }
}
