import Testing
@testable import FrenchText

/// `place-after-preposition`: after the noun of an office held for a constituency or a parish (`député`,
/// `conseillère`, `sénateur`, `curé`) and `de`, a capitalised name is the place; `d’État` is the office's.
@Suite struct PlaceOfficeConstituencyTests {
    @Test(arguments: [
        ("Élu député de Tingrela en 2021, il a rejoint le gouvernement.", "LOC Tingrela"),
        ("La conseillère de Fleurimont a présenté la motion.", "LOC Fleurimont"),
        ("Le conseiller de Kénogami a voté contre le budget.", "LOC Kénogami"),
        ("Le curé de Marigot a célébré la messe.", "LOC Marigot"),
    ])
    func theConstituencyOfAnOfficeIsAPlace(text: String, label: String) {
        #expect(entityLabels(text).contains(label), "\(entityLabels(text))")
    }

    @Test(arguments: [
        "La conseillère d’État a présenté le budget cantonal.",
        "Le conseiller d'Etat vaudois a défendu le projet.",
    ])
    func theStateOfAnOfficeIsNoPlace(text: String) {
        #expect(!entityLabels(text).contains { $0.hasPrefix("LOC") }, "\(entityLabels(text))")
    }
}
