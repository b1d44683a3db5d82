import Testing
@testable import FrenchText

/// `organisation-acronym-expansion`: a name and the acronym in brackets its initials spell.
@Suite struct OrganisationAcronymExpansionTests {
    @Test(arguments: [
        ("L’association Alerte Littoral Bretagne (ALB) alerte les élus.", ["Alerte Littoral Bretagne", "ALB"]),
        ("L’Opérateur de Transport de Wallonie (OTW) augmente ses tarifs.", ["Opérateur de Transport de Wallonie", "OTW"]),
        ("Selon le Réseau panafricain pour l’accès à l’eau (RéPAE), la situation empire.", ["Réseau panafricain pour l’accès à l’eau", "RéPAE"]),
    ])
    func aNameAndItsAcronymAreBothTheOrganisation(text: String, names: [String]) {
        #expect(candidates(text, by: .organisationAcronymExpansion) == names)
    }

    @Test func initialsThatDoNotSpellTheAcronymAreNone() {
        #expect(candidates("Le Comité de quartier (XYZ) se réunit.", by: .organisationAcronymExpansion).isEmpty)
    }
}
