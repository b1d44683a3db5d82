import Testing
@testable import FrenchText

/// Programmes, funds, awards, storms and platforms are not entities (dev README conventions).
@Suite struct NonEntityRecognizerTests {
    @Test(arguments: [
        ("La tempête Alex a ravagé la vallée de la Roya.", ["LOC vallée de la Roya"]),
        ("Il a reçu le prix Goncourt en 2019.", ["DATE 2019=2019"]),
        ("L’opération Barkhane s’est achevée au Mali.", ["LOC Mali"]),
        ("Le lauréat du prix Nobel Ales Bialiatski est détenu à Minsk.", ["PER Ales Bialiatski", "LOC Minsk"]),
        ("La vidéo a été vue un million de fois sur TikTok et sur Instagram.", []),
    ])
    func namesAfterAProgrammeNounAndPlatformsAreLeftOut(text: String, expected: [String]) {
        #expect(entityLabels(text) == expected)
    }

    @Test func aProgrammeAndTheAcronymItDefinesAreLeftOutThroughTheDocument() {
        let text = "Le Fonds pour l’eau potable et le traitement des eaux usées (FEPTEU) financera les travaux. "
            + "Montréal recevra 40 millions du FEPTEU."
        #expect(entityLabels(text) == ["LOC Montréal"])
    }

    @Test func aProgrammeAcronymAfterItsStrandIsLeftOutToo() {
        let text = "Le Fonds des priorités gouvernementales en science et en technologie – volet Environnement (FPGST-E) a été créé. "
            + "Le FPGST-E dispose de 20 millions."
        #expect(!entityLabels(text).contains { $0.hasPrefix("ORG") })
    }

    @Test func aKnownOrganisationNamedLikeAProgrammeStays() {
        #expect(entityLabels("Selon le Programme alimentaire mondial, la famine menace.") == ["ORG Programme alimentaire mondial"])
    }
}

/// Competitions and leagues named like organisations are no entities; the clubs and places around them are.
@Suite struct NonEntityCompetitionTests {
    @Test(arguments: [
        "Le club jouera la Ligue des champions la saison prochaine.",
        "La Coupe du monde de rugby commence en septembre.",
        "Le Stade toulousain domine le Top 14.",
    ])
    func theCompetitionIsNoEntity(text: String) {
        let labels = entityLabels(text)
        #expect(!labels.contains { $0.contains("Ligue") || $0.contains("Coupe") || $0.contains("Top") }, "\(labels)")
    }

    @Test func aLeagueOfRightsStaysAnOrganisation() {
        #expect(entityLabels("La Ligue des droits de l’homme a porté plainte.").contains { $0.hasPrefix("ORG Ligue des droits") })
    }
}
