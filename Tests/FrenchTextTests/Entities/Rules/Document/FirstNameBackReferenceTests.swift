import Testing
@testable import FrenchText

/// `person-first-name-back-reference`: the first name of a person named in full elsewhere in the text is that person
/// where it comes back alone.
@Suite struct FirstNameBackReferenceTests {
    @Test(arguments: [
        ("Le cycliste Tadej Kovač a gagné l’étape. « Tadej a attaqué au bon moment », a dit son directeur.", "Tadej"),
        ("Kiri Tanemaru et Oskar Lindqvist se connaissent depuis l’enfance. Depuis, Kiri et Oskar s’entraînent ensemble.", "Kiri"),
        ("Ceux qui soutenaient Amadou Diallo-Ndiaye ont critiqué le bilan d’Amadou au conseil.", "Amadou"),
    ])
    func theFirstNameAloneIsThePerson(text: String, name: String) {
        let found = entityMentions(text).filter { $0.type == .person && $0.text == name }
        #expect(!found.isEmpty, "\(entityLabels(text))")
        #expect(found.allSatisfy { $0.rule == EntityRule.personFirstNameBackReference.rawValue || $0.rule == EntityRule.personFirstNameAlone.rawValue })
    }

    @Test func itCarriesTheFullNameAsCanonical() {
        let m = entityMentions("Tadej Kovač a gagné. Selon Tadej, la course était dure.").first { $0.text == "Tadej" }
        #expect(m?.canonical == "Tadej Kovač")
    }

    /// The first name before another capitalised word is a new full name, not the first name alone.
    @Test func notBeforeAnotherName() {
        let labels = entityLabels("Tadej Kovač a gagné devant Tadej Novak, son cousin.")
        #expect(!labels.contains("PER Tadej"), "\(labels)")
    }

    /// A word that is some person's surname is that person's, not the other's first name.
    @Test func aSurnameStaysTheSurname() {
        let m = entityMentions("Martin Lesage a parlé avec Paul Martin. Ensuite, Martin a quitté la salle.").last { $0.text == "Martin" }
        #expect(m?.canonical == "Paul Martin")
    }
}
