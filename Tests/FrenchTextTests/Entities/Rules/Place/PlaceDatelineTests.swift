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

/// `place-dateline` after a bare dash: a word in capitals must be a known place.
@Suite struct PlaceDatelineCapitalsTests {
    @Test(arguments: [
        "MEMORIAL – Le centre rouvre ses portes ce lundi.",
        "PATRIMOINE – Les bénévoles restaurent la chapelle.",
        "KIOSQUE – Le nouveau point de vente ouvre.",
    ])
    func anUnknownWordInCapitalsIsNoPlace(text: String) {
        #expect(candidates(text, by: .placeDateline).isEmpty)
        #expect(!entityLabels(text).contains { $0.hasPrefix("LOC ") })
    }

    @Test(arguments: [
        ("LYON – La mairie a annoncé un nouveau plan.", "LYON"),
        ("Rimouski – Le centre ferme ses portes.", "Rimouski"),
        ("GENÈVE (Reuters) – Les négociations reprennent.", "GENÈVE"),
    ])
    func aKnownPlaceOpensTheDateline(text: String, name: String) {
        #expect(entityLabels(text).contains("LOC \(name)"))
    }
}

/// `place-dateline` after a bare dash, in lower case: a known place or a proper noun of the dictionary.
@Suite struct PlaceDatelineLowerCaseTests {
    @Test(arguments: ["Memorial – Le centre rouvre ses portes.", "Patrimoine – Les bénévoles restaurent la chapelle."])
    func aWordNoListKnowsIsNoPlace(text: String) {
        #expect(candidates(text, by: .placeDateline).isEmpty)
    }

    @Test(arguments: [("Plouzané – La commune vote son budget.", "Plouzané"), ("Landerneau – Le maire a parlé.", "Landerneau")])
    func aKnownTownIsAPlace(text: String, name: String) {
        #expect(entityLabels(text).contains("LOC \(name)"))
    }
}
