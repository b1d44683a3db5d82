import Testing
@testable import FrenchText

/// `organisation-team-nickname`: a capitalised plural after a plural determiner names a team in a match report.
@Suite struct OrganisationTeamNicknameTests {
    @Test(arguments: [
        ("L’entraîneur a parlé après le match. Les Dragons ont encore perdu leur gardien samedi.", "ORG Dragons"),
        ("Le coach était furieux. Battus 2-5, les Aigles ont concédé un quatrième revers.", "ORG Aigles"),
        ("Victoire en prolongation face aux Sharks, avant le vestiaire silencieux des joueurs.", "ORG Sharks"),
        ("À la mi-temps, le match penchait du côté des Rouges, selon l’entraîneure.", "ORG Rouges"),
    ])
    func aPluralNicknameInAMatchReportIsATeam(text: String, label: String) {
        #expect(entityLabels(text).contains(label), "\(entityLabels(text))")
    }

    @Test(arguments: [
        // No match report: a title or a common plural.
        "Les élèves visitent les Jardins de la ville avec leurs parents.",
        "Le ministre des Affaires étrangères a reçu les Sharks de la finance.",
        // Demonyms are no entities, even in a match report.
        "Après le match, l’entraîneur a félicité les Fribourgeois, les Slovènes et les Françaises.",
    ])
    func otherPluralsAreNoTeam(text: String) {
        #expect(candidates(text, by: .organisationTeamNickname).isEmpty, "\(candidates(text, by: .organisationTeamNickname))")
    }

    @Test func aKnownClubOrAnEventKeepsItsWholeName() {
        let text = "Après le match, l’entraîneur des Canadiens de Montréal a évoqué les Jeux olympiques avec ses joueurs."
        #expect(candidates(text, by: .organisationTeamNickname).isEmpty, "\(candidates(text, by: .organisationTeamNickname))")
    }

    @Test(arguments: [
        ("Après le match nul, l’entraîneur des Faucons Locaux a regretté le manque de réalisme de ses joueurs.", "ORG Faucons Locaux"),
        ("Battus 3-1, les Hiboux de l’Ontario ont perdu leur gardien en prolongation.", "ORG Hiboux de l’Ontario"),
        ("Le gardien des Gazelles de la Savane a arrêté un penalty en fin de match.", "ORG Gazelles de la Savane"),
        ("Le sélectionneur a convoqué trente joueurs: les Guerriers blancs joueront le match retour à domicile.", "ORG Guerriers blancs"),
    ])
    func aNicknameWithItsQualifierIsOneTeam(text: String, label: String) {
        #expect(entityLabels(text).contains(label), "\(entityLabels(text))")
    }

    @Test(arguments: [
        // A participle, a person after `de`: not part of the nickname.
        ("Après le match, les Aigles battus 2-0 ont quitté le vestiaire en silence.", "Aigles battus"),
        ("Après le match, l’entraîneur a salué les Verts de Christophe Galtier et leur gardien.", "Verts de Christophe Galtier"),
    ])
    func aParticipleOrAPersonIsNoQualifier(text: String, wrong: String) {
        #expect(!candidates(text, by: .organisationTeamNickname).contains(wrong), "\(candidates(text, by: .organisationTeamNickname))")
    }

    @Test func aNicknameAccentedOrNotIsKnown() {
        let text = "Les Lions de la Téranga ont battu le Bénin 2-0 au stade Abdoulaye-Wade."
        #expect(entityLabels(text).contains("ORG Lions de la Téranga"), "\(entityLabels(text))")
    }
}
