import Testing
@testable import FrenchText

/// `person-title`: a name after an honorific, the title left out.
@Suite struct PersonTitleTests {
    @Test(arguments: [
        ("M. Volker Türk a ouvert la session.", "Volker Türk"),
        ("Interrogée, Mme Delisle n’a pas répondu.", "Delisle"),
        ("Le Dr Aline Mercier dirige le service.", "Aline Mercier"),
    ])
    func findsTheName(text: String, name: String) {
        #expect(candidates(text, by: .personTitle).contains(name))
    }

    @Test func noNameIsNone() {
        #expect(candidates("Le mot M. figure en tête de la lettre.", by: .personTitle).isEmpty)
    }

    /// A form of address names an office: `M. le Président`, `Madame la Ministre`, `Monsieur le Maire`.
    @Test(arguments: [
        "« Vous savez, M. le Président, que ces écoles ferment », a-t-il lancé.",
        "« Madame la Ministre, nous attendons des réponses », a ajouté le syndicaliste.",
        "Monsieur le Maire a salué la foule devant la mairie.",
    ])
    func aFormOfAddressIsNoName(text: String) {
        #expect(candidates(text, by: .personTitle).isEmpty)
        #expect(!entityLabels(text).contains { $0.hasPrefix("PER") })
    }

    /// A particle with a capital stays part of the name: `M. Le Pen`, `Mme La Fontaine`.
    @Test func aCapitalisedParticleIsAName() {
        #expect(candidates("M. Le Pen a répondu aux journalistes.", by: .personTitle).contains("Le Pen"))
    }
}
