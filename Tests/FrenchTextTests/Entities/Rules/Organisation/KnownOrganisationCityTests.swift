import Testing
@testable import FrenchText

/// `known-organisation-section`: a known organisation and a town written right after it are one name, the
/// organisation's local branch (`Unia Genève`, `Crédit Suisse Genève`, `Sciences Po Lyon`).
@Suite struct KnownOrganisationCityTests {
    @Test(arguments: [
        ("Le syndicat Unia Genève appelle à la grève.", "Unia Genève"),
        ("Crédit Suisse Genève a fermé une agence.", "Crédit Suisse Genève"),
        ("Elle a étudié à Sciences Po Lyon avant de partir.", "Sciences Po Lyon"),
    ])
    func theBranchIsOneOrganisation(text: String, name: String) {
        #expect(entityLabels(text).contains("ORG \(name)"))
    }

    @Test(arguments: [
        ("Amnesty International à Paris publie un rapport.", "Paris"),
        ("Greenpeace, Lyon et Marseille ont signé.", "Lyon"),
        ("Le rapport de Greenpeace. Lyon répond aussitôt.", "Lyon"),
    ])
    func aTownNotWrittenRightAfterItIsAPlace(text: String, place: String) {
        #expect(entityLabels(text).contains("LOC \(place)"))
    }
}
