import Testing
@testable import FrenchText

/// `place-dateline`: the place that opens a dateline.
@Suite struct PlaceDatelineTests {
    @Test(arguments: [
        ("GOMEL, 3 mars (Reuters) - Les rebelles ont pris l’aéroport.", "GOMEL"),
        ("Rimouski, le 12 mai 2024 – La ville présente son budget.", "Rimouski"),
        ("Landerneau. La communauté de communes vote le budget.", "Landerneau"),
    ])
    func theDatelinePlaceIsAPlace(text: String, name: String) {
        #expect(candidates(text, by: .placeDateline) == [name])
    }

    @Test func aCommonWordOpeningASentenceIsNone() {
        #expect(candidates("Demain, le 12 mai, la ville vote.", by: .placeDateline).isEmpty)
    }
}
