import Testing
@testable import FrenchText

@Suite struct SameSpeakerDescriptionSieveTests {
    @Test(arguments: [
        ("Le parquet a ouvert une enquête. « Accuser sans enquête, c’est grave », a réagi le général Paul Roux. "
            + "« Il n’y a aucune preuve », assure le patron des gendarmes.", "Paul Roux"),
        ("Le conseil a voté lundi. « Le budget est tenu », a déclaré la maire Anne Girard. « Nous ne lâcherons rien », ajoute l’élue.", "Anne Girard"),
        ("La grève dure. « Les salaires sont bloqués », explique Marc Leduc, délégué FO. « On attend un geste », poursuit le syndicaliste.", "Marc Leduc"),
    ])
    func aDescriptionRightAfterASpeechRenamesTheSpeaker(_ text: String, _ speaker: String) {
        #expect(SieveTestSupport.quotes(text).last?.speaker?.name == speaker)
    }

    @Test func notAcrossSomeoneElseNamed() {
        let text = "Le conseil a voté lundi. « Le budget est tenu », a déclaré le maire Paul Girard. Jean Morel, lui, a voté contre. "
            + "« Ce budget oublie les quartiers », regrette l’élu."
        #expect(SieveTestSupport.quotes(text).last?.speaker?.name == "Jean Morel")
    }

    @Test func notAPersonOfTheOtherGender() {
        let text = "Le procès s’ouvre. « Je regrette mon geste », a déclaré Paul Roux. « Vous aviez prévu ce crime », a répondu la présidente."
        #expect(SieveTestSupport.quotes(text).last?.speaker?.name != "Paul Roux")
    }
}

/// A recipient or circumstance between commas after the cue (`a réagi, à L’Essor, le général X`) is skipped.
@Suite struct BracketedRecipientTests {
    @Test(arguments: [
        ("« Accuser sans enquête, c’est scandaleux », a réagi, à L’Essor, le général d’armée Paul Roux.", "Paul Roux"),
        ("« Le budget est tenu », a déclaré, lors du conseil, la maire Anne Girard.", "Anne Girard"),
        ("« Nous tiendrons les délais », a confié, au Parisien, Marie Lenoir.", "Marie Lenoir"),
    ])
    func theSpeakerAfterTheRecipient(_ text: String, _ speaker: String) {
        #expect(SieveTestSupport.quotes(text).first?.speaker?.name == speaker)
    }
}

/// A role phrase read back from a name stops at a preposition of circumstance (`dans un message adressé au SG de X, Y`).
@Suite struct RolePhraseStopTests {
    @Test func theRoleBeforeACircumstanceIsNotTheNamesRole() {
        let text = "Le président Karim Saïdi a écrit au syndicat. « Je ne peux pas me taire », a dit le président dans un message adressé au "
            + "congrès de l’UGTA, Ali Benhamou en tête. Le chef de l’État a indiqué que ces faits « soulèvent notre révolte et notre colère »."
        let model = SieveTestSupport.model(text)
        #expect(model.participant(named: "Ali Benhamou")?.roles.contains { $0.hasPrefix("président") } == false)
        #expect(SieveTestSupport.quotes(text).last?.speaker?.name == "Karim Saïdi")
    }
}
