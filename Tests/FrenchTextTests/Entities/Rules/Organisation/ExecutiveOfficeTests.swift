import Testing
@testable import FrenchText

/// `known-metonym`: the seat of a state's executive stands for it (`l’Élysée`, `Matignon`, `la Primature`).
@Suite struct ExecutiveOfficeTests {
    @Test(arguments: [
        ("L’Élysée a démenti toute rencontre.", "ORG Élysée"),
        ("Matignon a publié la liste mardi.", "ORG Matignon"),
        ("La Primature a publié un communiqué à Niamey.", "ORG Primature"),
        ("Un conseiller de la Présidence de la République a réagi.", "ORG Présidence de la République"),
        ("Le Kremlin n’a pas commenté.", "ORG Kremlin"),
    ])
    func anExecutiveSeatIsAnOrganisation(text: String, label: String) {
        #expect(entityLabels(text).contains(label))
    }

    @Test func aTownNamedAfterTheSeatStaysAPlace() {
        #expect(entityLabels("Il habite au Kremlin-Bicêtre depuis 2010.").contains("LOC Kremlin-Bicêtre"))
    }
}
