import Testing
@testable import FrenchText

/// `organisation-media-title`: an article, a press title head and a place, or a head that stands alone.
@Suite struct OrganisationMediaTitleTests {
    @Test(arguments: [
        ("Selon La Gazette de Vendôme, le maire démissionne.", "La Gazette de Vendôme"),
        ("Le Courrier du Morvan a publié la liste.", "Le Courrier du Morvan"),
        ("Interrogé par Le Télégramme, le maire confirme.", "Le Télégramme"),
    ])
    func aPressTitleIsAnOrganisation(text: String, name: String) {
        #expect(candidates(text, by: .organisationMediaTitle) == [name])
    }

    @Test func aHeadThatNeedsAPlaceIsNoneAlone() {
        #expect(candidates("Il a lu La Gazette hier soir.", by: .organisationMediaTitle).isEmpty)
    }
}

/// `organisation-media-title`: a title head capitalised mid-sentence after an article, with no complement, is the
/// newspaper named in short (`au Journal`, `par le Journal`); an adjective head (`le Petit`) or a head with its
/// complement is left to the full title.
@Suite struct OrganisationMediaShortTitleTests {
    @Test(arguments: [
        ("« Rien n’est décidé », a confié au Journal le porte-parole de la ville.", "ORG Journal"),
        ("Joint par le Journal lundi, le cabinet a refusé de commenter.", "ORG Journal"),
        ("Le maire a accordé un entretien à la Gazette cette semaine.", "ORG Gazette"),
    ])
    func theHeadAloneIsTheNewspaper(text: String, label: String) {
        let labels = entityLabels(text)
        #expect(labels.contains(label), "\(labels)")
    }

    @Test func anAdjectiveHeadIsNone() {
        let labels = entityLabels("Il a lu le Petit avant de dormir.")
        #expect(!labels.contains { $0.hasPrefix("ORG") }, "\(labels)")
    }

    /// After a capitalised article the head alone stays unnamed (`par Le Journal`): a known miss of the short title.
    @Test func aCapitalisedArticleBeforeTheHeadIsAKnownMiss() {
        withKnownIssue("a capitalised article before a head with no place is left untagged (`Il a lu La Gazette`)") {
            #expect(entityLabels("Joint par Le Journal lundi, le cabinet a refusé.").contains("ORG Journal"))
        }
    }
}
