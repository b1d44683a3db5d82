import Testing
@testable import FrenchText

/// One name written with a hyphen and with a space has one type through the document, and two known places
/// joined by a hyphen name a region (`Fès-Meknès`).
@Suite struct HyphenVariantTests {
    @Test(arguments: [
        ("Le directeur du Centre régional de l’investissement (CRI) Fès-Meknès, Yassine Tazi, a parlé.", "LOC Fès-Meknès"),
        ("La région Rabat-Salé a voté le budget.", "LOC Rabat-Salé"),
    ])
    func twoPlacesJoinedByAHyphenAreAPlace(text: String, label: String) {
        #expect(entityLabels(text).contains(label))
    }

    @Test func mountNamesAgree() {
        let labels = entityLabels("Le Mont-Blanc attire des grimpeurs. Le Mont Blanc culmine à 4 805 mètres.")
        #expect(Set(labels.map { $0.prefix(3) }) == ["LOC"])
    }

    @Test func aFirstNameWithAHyphenIsNoPlacePair() {
        #expect(!entityLabels("Jean-Pierre Dupont est arrivé.").contains { $0.hasPrefix("LOC") })
    }
}
