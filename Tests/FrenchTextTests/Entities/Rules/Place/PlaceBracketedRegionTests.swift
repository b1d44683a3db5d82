import Testing
@testable import FrenchText

/// `place-bracketed-region`: the region, canton or state in brackets after a place is a place of its own; a
/// department number is no entity, nor an agency after a dateline.
@Suite struct PlaceBracketedRegionTests {
    @Test(arguments: [
        ("Un accident de la route à Onnaing (Nord) a fait deux blessés graves.", ["LOC Onnaing", "LOC Nord"]),
        ("Un incendie a ravagé un entrepôt de Carouge (GE) dans la nuit.", ["LOC Carouge", "LOC GE"]),
        ("La fête a eu lieu à Aegerten (BE), non loin de Bienne.", ["LOC Aegerten", "LOC BE"]),
        ("Une usine de Lévis (QC) va fermer ses portes.", ["LOC Lévis", "LOC QC"]),
        ("Le maire de Hérouville (Calvados) a répondu.", ["LOC Hérouville", "LOC Calvados"]),
    ])
    func theBracketedRegionIsAPlace(text: String, expected: [String]) {
        let labels = entityLabels(text)
        for e in expected { #expect(labels.contains(e), "\(e) in \(labels)") }
        #expect(!labels.contains { $0.hasPrefix("ORG") }, "\(labels)")
    }

    /// After an organisation named by its place (`la mairie de Carouge`), the bracketed canton is a place too.
    @Test func afterAnOrganisationNamedByItsPlace() {
        let labels = entityLabels("Le conseil municipal de Carouge (GE) a voté le budget.")
        #expect(labels.contains("LOC GE"), "\(labels)")
    }

    @Test(arguments: [
        "Un incendie a détruit une maison à Nancy (54) dans la nuit.",
        "Une manifestation s’est tenue à Vesoul (70) samedi.",
    ])
    func aDepartmentNumberIsNoEntity(text: String) {
        let labels = entityLabels(text, date: "2025-03-01")
        #expect(labels.count == 1, "\(labels)")
    }

    @Test func anAgencyAfterADatelineStaysAnOrganisation() {
        #expect(entityLabels("Paris (AFP) – Le gouvernement a présenté son budget.").contains("ORG AFP"))
    }
}
