import Testing
@testable import FrenchText

/// `initials-of-person`: capitals spelling the initials of a person the document names are that person.
@Suite struct PersonInitialsAcronymTests {
    @Test(arguments: [
        ("Pierre Karl Péladeau brigue la direction du parti. Les syndicats se méfient de PKP.", "PER PKP"),
        ("Dominique Strauss-Kahn a démissionné du FMI. DSK était donné favori.", "PER DSK"),
        ("Nathalie Kosciusko-Morizet mène la liste. Selon NKM, la campagne sera courte.", "PER NKM"),
    ])
    func theInitialsAreThePerson(text: String, label: String) {
        let labels = entityLabels(text)
        #expect(labels.contains(label), "\(labels)")
    }

    /// Capitals that spell no named person, or only two letters, stay an organisation.
    @Test(arguments: [
        ("Pierre Karl Péladeau a parlé au SCFP hier.", "ORG SCFP"),
        ("Paul Simon a rejoint le PSX la semaine passée.", "ORG PSX"),
    ])
    func otherCapitalsStayAnOrganisation(text: String, label: String) {
        let labels = entityLabels(text)
        #expect(labels.contains(label), "\(labels)")
    }
}

/// A person's name and initials in brackets are the person, not an organisation and its acronym.
@Suite struct PersonInitialsInBracketsTests {
    @Test func theNameAndItsInitialsAreThePerson() {
        let labels = entityLabels("Le débat oppose Marie-Claire Fontenelle (MCF) au maire sortant.")
        #expect(labels.contains("PER Marie-Claire Fontenelle") && labels.contains("PER MCF"), "\(labels)")
    }
}

