import Testing
@testable import FrenchText

/// A known three-letter acronym written as a word (`l’Onu`, `le Fmi`) is the organisation, unless a first name or
/// surname reads it.
@Suite struct KnownAcronymShortWordTests {
    @Test(arguments: [
        ("L’Onu appelle au calme à Goma.", "ORG Onu"),
        ("Le Fmi a approuvé un prêt au Sénégal.", "ORG Fmi"),
    ])
    func theAcronymIsFound(text: String, label: String) {
        #expect(entityLabels(text).contains(label))
    }

    @Test func aFirstNameIsNoAcronym() {
        #expect(!entityLabels("Pam est arrivée hier à Lyon.").contains { $0.hasPrefix("ORG") })
    }
}

/// A group noun before a name that ends with an organisation's last word is no part of it: `l’ONG Human Rights Watch`.
@Suite struct OrganisationSuffixGroupNounTests {
    @Test func theGroupNounIsLeftOut() {
        let labels = entityLabels("L’ONG Human Rights Watch dénonce les arrestations.")
        #expect(labels.contains("ORG Human Rights Watch"))
        #expect(!labels.contains { $0.contains("ONG") })
    }

    @Test func theRuleAloneStopsAtTheGroupNoun() {
        #expect(candidates("Selon l’ONG Frontline Defenders, trois militants sont détenus.", by: .organisationSuffix) == ["Frontline Defenders"])
    }
}
