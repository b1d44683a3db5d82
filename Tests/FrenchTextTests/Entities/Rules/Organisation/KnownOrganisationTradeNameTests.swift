import Testing
@testable import FrenchText

/// `known-organisation-trade-name`: a known organisation and the words naming one of its divisions or branches.
@Suite struct KnownOrganisationTradeNameTests {
    @Test(arguments: [
        ("Le contrat revient à Airbus Defence and Space.", "ORG Airbus Defence and Space"),
        ("La CGT Cheminots appelle à la grève jeudi.", "ORG CGT Cheminots"),
        ("Les salariés de Vinci Énergies sont inquiets.", "ORG Vinci Énergies"),
    ])
    func aKnownNameAndItsBranchAreOneOrganisation(text: String, label: String) {
        #expect(entityLabels(text).contains(label))
    }

    @Test(arguments: [
        ("Selon la CGT Philippe Martinez a menti.", "ORG CGT"),
        ("La CGT Marseille appelle à manifester.", "ORG CGT Marseille"),
    ])
    func aPersonOrAPlaceAfterTheNameIsNoTradeName(text: String, label: String) {
        #expect(entityLabels(text).contains(label))
    }
}

/// `organisation-company-context`: a coined name as the subject of a business verb in the present
/// (`Tervalis emploie 300 personnes`) as after an auxiliary (`Klervia a racheté Sopral`).
@Suite struct BusinessVerbPresentTests {
    @Test(arguments: [
        ("Tervalis emploie 300 personnes dans la région.", "Tervalis"),
        ("Depuis 2019, Norbatek fabrique des capteurs à Lens.", "Norbatek"),
        ("Klervia a racheté Sopral en mars.", "Klervia"),
        ("Les ingénieurs travaillent chez Zorvane depuis dix ans.", "Zorvane"),
    ])
    func aCoinedSubjectOfABusinessVerbIsACompany(text: String, name: String) {
        #expect(candidates(text, by: .organisationCompanyContext).contains(name))
    }
}

/// `organisation-acronym`: unknown capitals with `&`, a hyphen or digits; labels and codes are not organisations.
@Suite struct OrganisationAcronymDigitsTests {
    @Test(arguments: [
        ("Le contrat C2D a été signé avec la France.", "C2D"),
        ("La FDSEA-NA a manifesté devant la préfecture.", "FDSEA-NA"),
        ("Les élus du groupe AS2C ont voté contre.", "AS2C"),
    ])
    func unknownCapitalsAreAnOrganisation(text: String, name: String) {
        #expect(candidates(text, by: .organisationAcronym).contains(name))
    }

    @Test(arguments: ["La COP28 s’ouvre à Dubaï.", "Le CEO a démissionné.", "Un A320 a atterri.", "Le G7 se réunit.", "La politique RSE du groupe."])
    func codesAndLabelsAreNone(text: String) {
        #expect(candidates(text, by: .organisationAcronym).isEmpty)
    }
}
