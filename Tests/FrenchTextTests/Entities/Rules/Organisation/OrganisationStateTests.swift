import Testing
@testable import FrenchText

/// `l’État malien`, `l’Etat belge`: a country's state named by its adjective is an organisation.
@Suite struct OrganisationStateTests {
    @Test(arguments: [
        ("Il défend la souveraineté de l’État malien face aux pressions.", "ORG État malien"),
        ("Ils dénoncent la fascisation de l’Etat belge.", "ORG Etat belge"),
        ("L’État sénégalais a porté plainte.", "ORG État sénégalais"),
    ])
    func theStateIsAnOrganisation(text: String, label: String) {
        #expect(entityLabels(text).contains(label))
    }

    @Test(arguments: [
        "L’État a versé des aides aux communes.",
        "Le coup d’État militaire a échoué.",
        "Les conseillers d’Etat genevois ont plongé dans le lac.",
        "Le dirigeant de la société d’État québécoise a parlé.",
    ])
    func noStateWithoutADemonym(text: String) {
        #expect(candidates(text, by: .organisationState).isEmpty)
    }
}
