import Testing
@testable import FrenchText

/// Public employment services of Belgium and France are known organisations (`organisations.tsv`), also after a
/// contracted article (`les administrateurs du Forem`).
@Suite struct KnownPublicEmploymentServiceTests {
    @Test(arguments: [
        ("Le syndicat demande de respecter les administrateurs du Forem.", "ORG Forem"),
        ("Actiris a enregistré une baisse du chômage à Bruxelles.", "ORG Actiris"),
        ("Le VDAB recrute des conseillers en Flandre.", "ORG VDAB"),
    ])
    func theServiceIsAnOrganisation(text: String, label: String) {
        let labels = entityLabels(text)
        #expect(labels.contains(label), "\(labels)")
    }
}
