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
