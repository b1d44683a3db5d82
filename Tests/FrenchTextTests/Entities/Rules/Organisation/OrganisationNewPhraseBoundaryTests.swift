import Testing
@testable import FrenchText

/// An organisation's name ends where a new phrase starts: a person's name after a name that already has its
/// complement, or `au`/`aux` before a known place or organisation.
@Suite struct OrganisationNewPhraseBoundaryTests {
    @Test(arguments: [
        ("Le ministère de la Santé Jean Dupont a reçu les syndicats.", "ORG ministère de la Santé", "PER Jean Dupont"),
        ("Le directeur du ministère de l’Intérieur Paul Martin a démissionné.", "ORG ministère de l’Intérieur", "PER Paul Martin"),
        ("L’Office fédéral de la santé publique Anne Lévy a pris la parole.", "ORG Office fédéral de la santé publique", "PER Anne Lévy"),
    ])
    func aPersonAfterTheComplementIsNoPartOfTheName(text: String, org: String, person: String) {
        let labels = entityLabels(text)
        #expect(labels.contains(org), "\(labels)")
        #expect(labels.contains(person), "\(labels)")
    }

    @Test(arguments: [
        ("La Banque africaine de développement aux Comores a ouvert un bureau.", "ORG Banque africaine de développement", "LOC Comores"),
        ("Le représentant du Fonds monétaire international aux Pays-Bas a démissionné.", "ORG Fonds monétaire international", "LOC Pays-Bas"),
        ("L’Agence française de développement au Sénégal finance le projet.", "ORG Agence française de développement", "LOC Sénégal"),
    ])
    func auBeforeAKnownNameStartsANewPhrase(text: String, org: String, other: String?) {
        let labels = entityLabels(text)
        #expect(labels.contains(org), "\(labels)")
        if let other { #expect(labels.contains(other), "\(labels)") }
    }

    /// A name's own person or portfolio stays inside it.
    @Test(arguments: [
        ("La Fondation Jean Jaurès publie une note.", "ORG Fondation Jean Jaurès"),
        ("Le Secrétariat d’État aux Anciens combattants a répondu.", "ORG Secrétariat d’État aux Anciens combattants"),
    ])
    func aNamesOwnPartsStay(text: String, label: String) {
        let labels = entityLabels(text)
        #expect(labels.contains(label), "\(labels)")
    }
}
