import Testing
@testable import FrenchText

/// `known-organisation-branch`: a public body or a national team with the place it serves after `de`, `du`,
/// `de la`, `de l’` or `d’` is one organisation; a company in a town is the company and the town.
@Suite struct OrganisationBranchTests {
    @Test(arguments: [
        ("Les internes du CHU de Martinique ont manifesté devant la préfecture.", "ORG CHU de Martinique"),
        ("Le CHU de Guyane manque de médecins urgentistes.", "ORG CHU de Guyane"),
        ("Le directeur du CHU de Nantes a démissionné hier.", "ORG CHU de Nantes"),
        ("Les Lions indomptables du Cameroun ont dominé la rencontre.", "ORG Lions indomptables du Cameroun"),
        ("Le sélectionneur des Lions de la Teranga du Sénégal a livré sa liste.", "ORG Lions de la Teranga du Sénégal"),
    ])
    func theBodyAndItsPlaceAreOneName(text: String, expected: String) {
        let labels = entityLabels(text)
        #expect(labels.contains(expected), "\(labels)")
    }

    /// A company in a town, and a team in a town that is not its country, stay two names.
    @Test(arguments: [
        ("L’usine Lubrizol de Rouen a de nouveau été contrôlée.", ["ORG Lubrizol", "LOC Rouen"]),
        ("Les Lions indomptables de Yaoundé ont repris l’entraînement.", ["ORG Lions indomptables", "LOC Yaoundé"]),
    ])
    func aCompanyInATownStaysTwoNames(text: String, expected: [String]) {
        let labels = entityLabels(text)
        for e in expected { #expect(labels.contains(e), "\(e) in \(labels)") }
    }
}
