import Testing
@testable import FrenchText

/// `organisation-bracket-affiliation`: a party or list in brackets after a person's full name.
@Suite struct OrganisationBracketAffiliationTests {
    @Test(arguments: [
        ("Deux élus siègent au comité : Sophie Tremblay (Laval d’abord) et un indépendant.", "ORG Laval d’abord"),
        ("Le conseiller Marc Lenoir (Lyon en commun) votera contre.", "ORG Lyon en commun"),
        ("Selon Anne Caron (Équipe Gatineau solidaire), le budget est trop lourd.", "ORG Équipe Gatineau solidaire"),
    ])
    func theBracketsNameTheParty(text: String, label: String) {
        let labels = entityLabels(text)
        #expect(labels.contains(label), "\(labels)")
    }

    /// The name comes back without its brackets: the same organisation (`repeated-name`).
    @Test func theNameComesBackElsewhere() {
        let labels = entityLabels("Sophie Tremblay (Laval d’abord) a voté contre. Le chef de Laval d’abord a réagi.")
        #expect(labels.filter { $0 == "ORG Laval d’abord" }.count == 2, "\(labels)")
    }

    /// A place, a department or brackets after something else than a full name are none.
    @Test(arguments: [
        "Le maire Jean Dupont (Haute-Savoie) a réagi.",
        "Jean Dupont (photo d’archives) a réagi.",
        "La commune (quelques centaines d’habitants) a réagi.",
    ])
    func otherBracketsAreNone(text: String) {
        #expect(!entityLabels(text).contains { $0.hasPrefix("ORG") }, "\(entityLabels(text))")
    }
}
