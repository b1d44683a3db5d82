import Testing
@testable import FrenchText

/// `la centrale syndicale`, `l’organisation syndicale`, `l’organisme onusien`: an organisation noun with adjectives
/// only describes the organisation named before it (``OrganisationDescription``), not an organisation of that name.
@Suite struct OrganisationDescriptionTests {
    @Test(arguments: [
        ("La CGT a appelé à une nouvelle journée de grève jeudi dans les transports.\n\n"
            + "« Nous ne lâcherons rien tant que le gouvernement ne recule pas », a prévenu la centrale syndicale dans un communiqué.", "CGT"),
        ("Le syndicat Unia a déposé un préavis de grève lundi à Genève.\n\n"
            + "« Les salaires n’ont pas suivi l’inflation depuis trois ans », dénonce l’organisation syndicale.", "Unia"),
        ("Médecins sans frontières a suspendu ses activités dans la région après l’attaque de sa base.\n\n"
            + "« Nos équipes ne peuvent plus travailler en sécurité », a indiqué l’organisation humanitaire mardi.", "Médecins sans frontières"),
    ])
    func theDescriptionIsTheOrganisationNamedBefore(_ text: String, _ speaker: String) {
        let q = SieveTestSupport.quotes(text).first
        #expect(q?.speaker?.name?.hasSuffix(speaker) == true)
        #expect(q?.speaker?.kind == .organisation)
    }

    @Test func aNewsAgencyIsPassedOver() {
        let text = "Selon l’AFP, la CFDT a refusé de signer l’accord salarial mercredi.\n\n"
            + "« Ce texte ne protège pas les salariés les plus fragiles », a expliqué la centrale syndicale."
        #expect(SieveTestSupport.quotes(text).first?.speaker?.name == "CFDT")
    }

    @Test func withNoOrganisationNamedTheDescriptionIsNobodysName() {
        let text = "Les grévistes se sont réunis devant l’usine dès six heures.\n\n"
            + "« Nous ne lâcherons rien tant que la direction refuse de discuter », a prévenu la centrale syndicale."
        let q = SieveTestSupport.quotes(text).first
        #expect(q?.speaker?.name == nil)
        #expect(q?.speaker?.mention == "la centrale syndicale")
    }

    @Test func anOrganisationNamedJustAfterIsAWeakReading() {
        let text = "Dans un communiqué, l’organisme onusien rappelle que « les conditions d’un retour en sécurité ne sont pas réunies ».\n\n"
            + "Cette mise au point de l’Unicef intervient après la publication d’un rapport sur les camps de la région."
        let q = SieveTestSupport.quotes(text).first
        #expect(q?.speaker?.name == "Unicef")
        #expect(q?.resolution == OrganisationDescription.namedAfterResolution)
        #expect((q?.confidence ?? 1) <= OrganisationDescription.weakConfidence)
    }

    @Test func theExplanationSaysWhichWay() {
        let text = "La CGT a appelé à la grève jeudi.\n\n« Nous ne lâcherons rien du tout », a prévenu la centrale syndicale."
        let q = SieveTestSupport.quotes(text).first
        #expect(q?.resolution == OrganisationDescription.resolution)
        #expect(q?.attributionExplanation().contains("describes the organisation named before") == true)
    }
}
