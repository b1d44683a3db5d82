import Testing
@testable import FrenchText

/// A body and the place it serves as one name: an unknown acronym, `de` and a known town is a local office
/// (`l’ORP de Lausanne`, `le CCAS de Brest`); an embassy or consulate with its country (`l’ambassade de France`,
/// organisation-head); a capitalised unit noun and a known region even opening a headline (`Canton de Vaud : …`).
@Suite struct OrganisationLocalOfficeTests {
    @Test(arguments: [
        ("Elle s’est inscrite au CCAS de Brest la semaine passée.", "ORG CCAS de Brest"),
        ("Le dossier a été transmis à l’ORP de Genève, qui n’a pas répondu.", "ORG ORP de Genève"),
        ("Les ressortissants ont été reçus à l’ambassade de France au Mali.", "ORG ambassade de France"),
        ("Le consulat du Sénégal à Paris a prolongé ses horaires.", "ORG consulat du Sénégal"),
    ])
    func aBodyAndThePlaceItServesAreOneName(text: String, label: String) {
        #expect(entityLabels(text).contains(label), "\(entityLabels(text))")
    }

    /// A country after `de` is no local office of an unknown acronym (`la CENI du Niger`): the place stays apart.
    @Test func aCountryAfterAnAcronymStaysAPlace() {
        let labels = entityLabels("La CENI du Niger a publié les résultats provisoires.")
        #expect(labels.contains("LOC Niger"), "\(labels)")
    }

    @Test func aUnitNounOpeningAHeadlineBeforeAKnownRegionIsAPlace() {
        let labels = entityLabels("Canton de Vaud : le chômage recule encore\nLes chiffres du mois sont bons.")
        #expect(labels.contains("LOC Canton de Vaud"), "\(labels)")
    }
}
