import Testing
@testable import FrenchText

/// `person-first-name-alone`: a first name alone.
@Suite struct PersonFirstNameAloneTests {
    @Test(arguments: [
        ("« On veut des trottoirs sûrs », a expliqué sa mère, Sophie, à la sortie.", "Sophie"),
        // A hyphenated first name whose two parts are first names is one too.
        ("Les clients prennent un café chez Jean-Marc avant l’ouverture du marché.", "Jean-Marc"),
        ("C’est le cas de Marie-Claire, qui vient chaque semaine.", "Marie-Claire"),
        ("Le plus jeune, Paul-Henri, tient la caisse.", "Paul-Henri"),
    ])
    func findsTheName(text: String, name: String) {
        #expect(candidates(text, by: .personFirstNameAlone).contains(name))
    }

    /// A hyphenated name right after a lower-case noun names a school, a street or a hall after a person.
    @Test(arguments: [
        "Les élèves du lycée Marie-Claire ont défilé jusqu’à la gare.",
        "Le cortège est parti de la salle Paul-Henri vers la mairie.",
    ])
    func notAThingNamedAfterAPerson(text: String) {
        #expect(candidates(text, by: .personFirstNameAlone).isEmpty)
    }

    @Test func noNameIsNone() {
        #expect(candidates("Le Musée Grévin a rouvert ses portes.", by: .personFirstNameAlone).isEmpty)
    }
}
