import Testing
@testable import FrenchText

/// `organisation-head`: a head noun and its complement.
@Suite struct OrganisationHeadTests {
    @Test(arguments: [
        ("Le Conseil national de la transition écologique a rendu son avis mardi.", "Conseil national de la transition écologique"),
        ("Un arrêté de la préfecture du Finistère interdit la baignade.", "préfecture du Finistère"),
        ("Le ministère de l’Agriculture a publié les chiffres de la récolte.", "ministère de l’Agriculture"),
        ("La Fédération nationale des pêcheurs conteste le quota.", "Fédération nationale des pêcheurs"),
    ])
    func aHeadNounKeepsItsComplement(text: String, name: String) {
        #expect(candidates(text, by: .organisationHead) == [name])
    }

    @Test(arguments: [
        "La commission a rendu son rapport hier.",
        "Programme de la journée : accueil et visite du site.",
    ])
    func aHeadWithoutANameIsNone(text: String) {
        #expect(candidates(text, by: .organisationHead).isEmpty)
    }

    @Test(arguments: [
        ("Le texte a été adopté à l’issue du Conseil fédéral M. Durand, son vice-président, l’a confirmé.", "PER Durand"),
        ("La décision du Comité directeur Mme Perrin l’a annoncée lundi.", "PER Perrin"),
    ])
    func aTitleAfterTheNameOpensThePerson(text: String, label: String) {
        let labels = entityLabels(text)
        #expect(labels.contains(label) && !labels.contains { $0.hasPrefix("ORG") && $0.contains(label.dropFirst(4)) }, "\(labels)")
    }

    @Test(arguments: [
        ("La brigade de gendarmerie de Saint-Flour a ouvert une enquête.", "ORG brigade de gendarmerie de Saint-Flour"),
        ("Le bureau de police de Kaolack a été attaqué dans la nuit.", "ORG bureau de police de Kaolack"),
        ("Le président du Haut Comité de la jeunesse a été reçu lundi.", "ORG Haut Comité de la jeunesse"),
        ("Un arrêté de la Haute Autorité de santé est attendu.", "ORG Haute Autorité de santé"),
    ])
    func aUnitOrAnAdjectiveBeforeTheHeadOpensTheName(text: String, label: String) {
        #expect(entityLabels(text).contains(label), "\(entityLabels(text))")
    }
}
