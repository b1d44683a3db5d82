import Testing
@testable import FrenchText

/// `organisation-club-town`: the object or the agent of a match verb, and a town that a club's name in the text
/// holds, are that club.
@Suite struct ClubTownObjectTests {
    @Test(arguments: [
        ("Samedi, Lyon a battu Lens au terme d’un match fermé.", "Lens"),
        ("Le HBC Nantes s’est rassuré en battant (31-29) Toulouse mercredi.", "Toulouse"),
        ("Rennes affrontera Lorient dimanche soir.", "Lorient"),
        ("Le Havre a été éliminé par Nancy en huitième de finale.", "Nancy"),
        ("Brest recevra Angers samedi pour la 12e journée.", "Angers"),
        ("Samedi, Monaco a battu Lens au stade Louis-II.", "Monaco"),
    ])
    func theObjectOrAgentOfAMatchVerbIsAClub(text: String, name: String) {
        #expect(candidates(text, by: .organisationClubTown).contains(name))
    }

    @Test(arguments: [
        ("Guingamp prépare la saison prochaine. — En Avant Guingamp (@EAGuingamp)", "Guingamp"),
        ("Le HBC Nantes a gagné. Nantes creuse un petit écart en fin de match.", "Nantes"),
        ("Le RC Lens a recruté. Les joueurs en fin de contrat à Lens discutent.", "Lens"),
    ])
    func aTownNamedInAClubsNameIsTheClub(text: String, name: String) {
        #expect(entityLabels(text).contains("ORG \(name)"), "\(entityLabels(text))")
    }

    @Test(arguments: [
        "Le président a reçu les maires de Lens et de Douai.",
        "La tempête a battu les côtes de Brest toute la nuit.",
        "Monaco a signé un accord fiscal avec la France.",
        "Le préfet a quitté Lyon pour Paris.",
    ])
    func aTownOutsideAMatchStaysAPlace(text: String) {
        #expect(candidates(text, by: .organisationClubTown).isEmpty, "\(candidates(text, by: .organisationClubTown))")
    }
}
