import Testing
@testable import FrenchText

/// `organisation-acronym`: capitals the dictionary does not know.
@Suite struct OrganisationAcronymTests {
    @Test(arguments: [
        ("Le FIACAT a saisi le comité des Nations unies.", "FIACAT"),
        ("Les délégués du SNPTX ont quitté la table.", "SNPTX"),
    ])
    func unknownCapitalsAreAnOrganisation(text: String, name: String) {
        #expect(candidates(text, by: .organisationAcronym) == [name])
    }

    /// A run of ten capitals or more is an acronym when few of its letters are vowels; a name in capitals is not.
    @Test(arguments: [
        ("Le film est produit par SNCTPCCCSNQ cette année.", "SNCTPCCCSNQ"),
        ("Le président du FSTCCDTTSNB a pris la parole.", "FSTCCDTTSNB"),
        ("Un communiqué du CSPTRCCQFD est attendu.", "CSPTRCCQFD"),
    ])
    func longRunsOfInitialsAreAnOrganisation(text: String, name: String) {
        #expect(candidates(text, by: .organisationAcronym) == [name])
    }

    @Test func aLongNameInCapitalsIsNoAcronym() {
        #expect(candidates("Le maire de CHAMPAGNOLE et MARTINEAUVILLE ont signé.", by: .organisationAcronym).isEmpty)
    }

    @Test(arguments: [
        "Le château date de Louis XIV.",
        "L’article XXI du règlement a changé.",
    ])
    func romanNumeralsAreNone(text: String) {
        #expect(candidates(text, by: .organisationAcronym).isEmpty)
    }
}

/// Acronyms written with `&` or a département number, and labels in capitals that are no one's name.
@Suite struct OrganisationAcronymFormsTests {
    @Test(arguments: [
        ("B&B Hotels ouvre un hôtel à Brest.", "B&B Hotels"),
        ("Le rapport de S&P Global est sorti.", "S&P Global"),
        ("Selon AT&T, le réseau est rétabli.", "AT&T"),
    ])
    func capitalsJoinedByAnAmpersandAreOneOrganisation(text: String, name: String) {
        #expect(entityLabels(text).contains("ORG \(name)"), "\(entityLabels(text))")
    }

    @Test(arguments: [
        ("Le SDIS 29 est intervenu dans la nuit.", "SDIS 29"),
        ("La CPAM 13 a écrit aux assurés.", "CPAM 13"),
        ("Les pompiers du SDIS 56, appelés à 4 heures, ont éteint le feu.", "SDIS 56"),
    ])
    func aDepartmentNumberBelongsToTheAcronym(text: String, name: String) {
        #expect(entityLabels(text).contains("ORG \(name)"), "\(entityLabels(text))")
    }

    @Test func aCountAfterTheAcronymIsNotPartOfIt() {
        #expect(candidates("D’après la CNPEQ 120 entreprises ont fermé.", by: .organisationAcronym) == ["CNPEQ"])
    }

    @Test(arguments: [
        "La directrice RSE de Danone a démissionné.",
        "Le directeur RH de Renault est parti.",
        "Le responsable CSE du site a parlé.",
    ])
    func aLabelAfterARoleIsNoPerson(text: String) {
        #expect(!entityLabels(text).contains { $0.hasPrefix("PER ") }, "\(entityLabels(text))")
    }
}

/// An unknown acronym and a known place written right after it are the organisation's local section.
@Suite struct OrganisationAcronymSectionTests {
    @Test(arguments: [
        ("La FDSEA Finistère a manifesté devant la préfecture.", "FDSEA Finistère"),
        ("Selon l’UDAF Gironde, les familles attendent.", "UDAF Gironde"),
        ("Le CDOS Bretagne organise la course.", "CDOS Bretagne"),
    ])
    func theSectionIsOneOrganisation(text: String, name: String) {
        #expect(entityLabels(text).contains("ORG \(name)"), "\(entityLabels(text))")
    }

    @Test func aPlaceAfterAPrepositionIsApart() {
        #expect(entityLabels("La FDSEA en Finistère a manifesté.").contains("LOC Finistère"))
    }
}
