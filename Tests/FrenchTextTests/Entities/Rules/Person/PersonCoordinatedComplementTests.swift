import Testing
@testable import FrenchText

/// A role's complement before an apposed name (`la conseillère de Val-Bélair, Bianca Dussault`) is no member of a
/// list of people; a real list still is (`Darmanin, Retailleau et Attal`).
@Suite struct PersonCoordinatedComplementTests {
    @Test(arguments: [
        ("En désignant la conseillère de Val-Bélair, Bianca Dussault, le maire a souri.", "Val-Bélair", "PER Bianca Dussault"),
        ("Le député de Kerlouan, Yannick Trévidic, a voté contre.", "Kerlouan", "PER Yannick Trévidic"),
    ])
    func theComplementIsNoPerson(text: String, complement: String, person: String) {
        let labels = entityLabels(text)
        #expect(labels.contains(person))
        #expect(!labels.contains("PER \(complement)"))
    }

    @Test func aListOfSurnamesStays() {
        let text = "Marie Dupuis et Paul Lemaire sont candidats. Entre Vaugrenard, Marie Dupuis et Paul Lemaire, le choix est fait."
        #expect(entityLabels(text).contains("PER Vaugrenard"))
    }
}
