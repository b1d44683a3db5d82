import Testing
@testable import FrenchText

/// `known-country`: countries as the press shortens them (`le Burkina`, `la Centrafrique`) and in capitals
/// without accents (`ETATS-UNIS`).
@Suite struct ShortCountryNameTests {
    @Test(arguments: [
        ("Le Burkina a besoin de nouveaux citoyens.", "LOC Burkina"),
        ("Les troupes ont quitté la Centrafrique en 2016.", "LOC Centrafrique"),
        ("Il a émigré aux Émirats il y a dix ans.", "LOC Émirats"),
        ("VOYAGE AUX ETATS-UNIS : le récit.", "LOC ETATS-UNIS"),
    ])
    func aShortCountryNameIsAPlace(text: String, label: String) {
        #expect(entityLabels(text).contains(label))
    }
}
