import Testing
@testable import FrenchText

/// An unknown name after an organisation officer's role and `de` is that organisation (`entity_org_officer_roles.txt`).
@Suite struct OrganisationOfficerRoleTests {
    @Test(arguments: [
        ("Augustin Ngangoua, président national du Synactuircam, explique la grève.", "Synactuircam"),
        ("La porte-parole de Norvia a confirmé la fermeture.", "Norvia"),
        ("Le secrétaire général du Sneps a appelé à la grève.", "Sneps"),
        ("Le fondateur de Tervalis Santé a quitté l’entreprise.", "Tervalis Santé"),
        ("La direction de Vencorex a confirmé les licenciements.", "Vencorex"),
        ("Les salariés de Vencorex sont en grève depuis lundi.", "Vencorex"),
        // A capitalised common noun and `de` before the unknown name are part of it.
        ("Les salariés des Forges de Kervalec ont débrayé ce matin.", "Forges de Kervalec"),
        ("Les ouvriers des Chantiers du Trévalc ont voté la grève.", "Chantiers du Trévalc"),
        ("La direction des Fonderies de Brasquin a reçu les syndicats.", "Fonderies de Brasquin"),
    ])
    func theNameIsAnOrganisation(text: String, name: String) {
        #expect(candidates(text, by: .organisationOfficerRole) == [name])
        #expect(entityLabels(text).contains("ORG \(name)"))
    }

    @Test(arguments: [
        "Le maire de Gomel a démissionné.",
        "Le secrétaire d’Etat a répondu aux députés.",
        "La présidente de la Région a parlé.",
        "Le président du Sénégal a reçu son homologue.",
        "La directrice de Marie Curie a parlé.",
        "Les camions roulaient en direction de Gomel.",
    ])
    func noOrganisationWhereThePatternFails(text: String) {
        #expect(candidates(text, by: .organisationOfficerRole).isEmpty)
    }
}

/// `la direction de X`, `les salariés de X`: the organisation's staff, so no place rule takes X.
@Suite struct PlaceAfterOfficerNounTests {
    @Test func theNameIsNoPlace() {
        #expect(candidates("La direction de Vencorex a confirmé.", by: .placeAfterPreposition).isEmpty)
    }

    @Test func aDirectionAfterAPrepositionStillLeadsToAPlace() {
        #expect(entityLabels("Les camions roulaient en direction de Gomel.") == ["LOC Gomel"])
    }

    @Test(arguments: [
        ("Jean Morel, le P-DG de Briquetal, était en visite sur le site.", "ORG Briquetal"),
        ("Sophie Lenoir, responsable de Aqua Solidarité au Sahel, alerte sur la sécheresse.", "ORG Aqua Solidarité"),
    ])
    func aManagerOrAResponsibleNamesTheOrganisation(text: String, label: String) {
        #expect(entityLabels(text).contains(label), "\(entityLabels(text))")
    }
}
