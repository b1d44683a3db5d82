import Testing
@testable import FrenchText

/// `organisation-suffix`: a name whose last word marks an organisation.
@Suite struct OrganisationSuffixTests {
    @Test(arguments: [
        ("Les militants de Ocean Rescue International ont bloqué le port.", "Ocean Rescue International"),
        ("Un rapport de Forest Peoples Watch dénonce les coupes.", "Forest Peoples Watch"),
        ("Selon Delta Water Alliance, la nappe baisse encore.", "Delta Water Alliance"),
    ])
    func aMarkingLastWordMakesAnOrganisation(text: String, name: String) {
        #expect(candidates(text, by: .organisationSuffix) == [name])
    }

    @Test func theMarkingWordAloneIsNone() {
        #expect(candidates("Le mot International figure sur la liste.", by: .organisationSuffix).isEmpty)
    }
}
