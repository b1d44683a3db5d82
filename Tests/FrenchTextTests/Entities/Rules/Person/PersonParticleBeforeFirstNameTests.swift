import Testing
@testable import FrenchText

/// A particle comes before a surname, not before a first name: `Dheepan de Jacques Audiard` is a work and its
/// author; `Ursula von der Leyen` stays one name.
@Suite struct PersonParticleBeforeFirstNameTests {
    @Test(arguments: [
        ("Avec une Palme d’or pour Dheepan de Jacques Audiard, le cinéma brille.", "PER Jacques Audiard"),
        ("Le public a applaudi Kaamelott de Alexandre Astier à Lyon.", "PER Alexandre Astier"),
    ])
    func theAuthorIsThePerson(text: String, person: String) {
        let labels = entityLabels(text)
        #expect(labels.contains(person))
        #expect(!labels.contains { $0.hasPrefix("PER") && $0 != person })
    }

    @Test func aParticleBeforeASurnameStays() {
        #expect(entityLabels("Ursula von der Leyen a reçu Rumen Radev.").contains("PER Ursula von der Leyen"))
    }
}
