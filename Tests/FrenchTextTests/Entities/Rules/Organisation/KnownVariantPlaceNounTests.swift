import Testing
@testable import FrenchText

/// `known-organisation`: other spellings in the organisation tables (third column), and the guard that keeps a
/// one-word spelling after a place noun for the place (`rue Cockerill`).
@Suite struct KnownVariantPlaceNounTests {
    @Test(arguments: [
        ("Cockerill a annoncé des licenciements à Seraing.", "ORG Cockerill"),
        ("Les ouvriers de Cockerill manifestent ce matin.", "ORG Cockerill"),
        ("Lindt a relevé ses prix en Suisse.", "ORG Lindt"),
        ("Selon Scotiabank, les taux baisseront.", "ORG Scotiabank"),
        ("Le Wall Street Journal rapporte que la fusion est prête.", "ORG Wall Street Journal"),
        ("Le SNUipp appelle à la grève jeudi.", "ORG SNUipp"),
    ])
    func anOtherSpellingIsTheOrganisation(text: String, label: String) {
        #expect(entityLabels(text).contains(label))
    }

    @Test(arguments: [
        ("Elle habite rue Cockerill, à Seraing.", "Cockerill"),
        ("Le cortège a traversé la place Cockerill sous la pluie.", "Cockerill"),
        ("Un café a ouvert avenue Lindt la semaine dernière.", "Lindt"),
        ("Les bus s’arrêtent quai Cockerill jusqu’à lundi.", "Cockerill"),
        ("Le match aura lieu au stade Etihad dimanche.", "Etihad"),
    ])
    func aOneWordSpellingAfterAPlaceNounIsNotTheOrganisation(text: String, name: String) {
        #expect(!entityLabels(text).contains("ORG \(name)"))
    }

    @Test(arguments: [
        ("Elle habite rue Cockerill, à Seraing.", "LOC rue Cockerill"),
        ("Le cortège a traversé la place Cockerill sous la pluie.", "LOC place Cockerill"),
        ("Les bus s’arrêtent quai Cockerill jusqu’à lundi.", "LOC quai Cockerill"),
    ])
    func theStreetNamedAfterItIsAPlace(text: String, label: String) {
        #expect(entityLabels(text).contains(label))
    }
}
