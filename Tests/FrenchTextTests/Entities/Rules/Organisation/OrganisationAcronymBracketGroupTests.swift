import Testing
@testable import FrenchText

/// `organisation-acronym`: an acronym with a lone letter (`C-14`), refused alone (`RER-B`, `TVA-UE`), names a group
/// when it stands alone in brackets after a phrase headed by an organisation noun.
@Suite struct OrganisationAcronymBracketGroupTests {
    @Test(arguments: [
        ("Les leaders de la coalition des 14 partis de l’opposition (C-14) ont boycotté le scrutin.", "ORG C-14"),
        ("Le collectif des syndicats de la santé (G-7) a appelé à la grève.", "ORG G-7"),
    ])
    func theBracketedAcronymIsTheGroup(text: String, label: String) {
        #expect(entityLabels(text).contains(label), "\(entityLabels(text))")
    }

    @Test(arguments: [
        "Prenez le train régional (RER-B) jusqu’à la gare.",
        "La coalition a pris le RER-B jusqu’à Paris.",
    ])
    func aLoneLetterOutsideSuchBracketsIsNoOrganisation(text: String) {
        #expect(candidates(text, by: .organisationAcronym).isEmpty)
    }
}
