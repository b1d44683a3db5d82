import Testing
@testable import FrenchText

/// A district's name right after its lower-case noun is the place, without the noun (`le quartier Messa` → Messa), as
/// after `de` (`le quartier de Recouvrance` → Recouvrance).
@Suite struct PlaceDistrictNameTests {
    @Test(arguments: [
        ("Il habite le quartier Messa depuis dix ans.", "LOC Messa"),
        ("Elle vit dans le quartier Montcalm, près du parc.", "LOC Montcalm"),
        ("Le faubourg Saint-Antoine s’est animé.", "LOC Saint-Antoine"),
    ])
    func theNameAloneIsThePlace(text: String, label: String) {
        let labels = entityLabels(text)
        #expect(labels.contains(label))
        #expect(!labels.contains { $0.contains("quartier") || $0.contains("faubourg") })
    }

    @Test func aStreetKeepsItsNoun() {
        #expect(entityLabels("Il habite rue Saint-Pierre.").contains("LOC rue Saint-Pierre"))
    }
}

/// A capitalised common word before a colon after a place's name opens a caption's credit (`Photo : …`), not the name.
@Suite struct PlaceNounCaptionTests {
    @Test func theCreditIsLeftOut() {
        let labels = entityLabels("Le tramway passera sur le boulevard René-Lévesque Photo : Radio-Canada")
        #expect(labels.contains("LOC boulevard René-Lévesque"))
    }

    @Test func aFirstNameWordBeforeAColonStays() {
        #expect(entityLabels("Ils se sont réunis place de la Concorde : la foule était dense.").contains("LOC place de la Concorde"))
    }
}
