import Testing
@testable import FrenchText

/// A noun names a person when the dictionary derives its feminine from its masculine or makes it epicene; a noun of one
/// fixed gender names a thing or a body.
@Suite struct PersonNounTests {
    @Test(arguments: [
        ("technicien", "technicien", SpeakerGender?.some(.male)),
        ("technicienne", "technicien", .female),
        ("bergère", "berger", .female),
        ("patron", "patron", .male),
        ("intervieweur", "intervieweur", .male),
        ("boulangère", "boulanger", .female),
        ("diplomate", "diplomate", nil),
    ])
    func aPersonNoun(_ key: String, _ lemma: String, _ gender: SpeakerGender?) throws {
        try #require(Lexicon.shared != nil)
        let reading = PersonNoun.reading(key)
        #expect(reading?.lemma == lemma)
        #expect(reading?.gender == gender)
    }

    @Test(arguments: ["préfecture", "commandement", "autorité", "direction", "table", "communiqué", "gouvernement"])
    func notAPersonNoun(_ key: String) throws {
        try #require(Lexicon.shared != nil)
        #expect(PersonNoun.reading(key) == nil)
    }

    /// The listed role nouns come first, with their own lemma and gender.
    @Test func aListedRoleNoun() {
        #expect(PersonNoun.reading("présidente")?.lemma == "président")
    }
}
