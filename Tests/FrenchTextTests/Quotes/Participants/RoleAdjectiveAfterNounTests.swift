import Testing
@testable import FrenchText

/// A role noun that is also an adjective, right after a common noun that is no role (`conseil général`), qualifies
/// that noun: the role read back from the name is the one before it (ParticipantModelBuilder+Context,
/// `isAdjectiveAfterNoun`). After a role noun it stays part of the role (`procureur général`, `secrétaire général`).
@Suite struct RoleAdjectiveAfterNounTests {
    @Test(arguments: [
        ("La présidente du conseil général de Sion Marie Dupont a salué « une décision courageuse et attendue ».", "Marie Dupont"),
        ("La vice-présidente du Conseil général de la Gironde Anne Lefort a dénoncé « un budget sans aucune ambition ».", "Anne Lefort"),
        ("La directrice de l’hôpital général de Namur Claire Masson a regretté « un manque de moyens criant ».", "Claire Masson"),
    ])
    func theRoleIsTheNounBeforeTheQualifiedNoun(_ text: String, _ speaker: String) {
        #expect(SieveTestSupport.quotes(text).first?.speaker?.name == speaker)
        let model = SieveTestSupport.model(text)
        #expect(model.participant(named: speaker)?.roleLemmas.contains("général") == false)
    }

    @Test(arguments: [
        "Pour la communication en général et la presse en particulier, Paul Roux reconnaît des erreurs.",
        "Pour le sport en général et le football en particulier, Paul Roux a des projets.",
    ])
    func anAdverbialEnGeneralIsNoRole(_ text: String) {
        #expect(SieveTestSupport.model(text).participant(named: "Paul Roux")?.roles.isEmpty == true)
    }

    @Test(arguments: [
        ("Le général Paul Roux a évoqué « une situation militaire très difficile ».", "Paul Roux"),
        ("Le procureur général Paul Roux a évoqué « une affaire d’une gravité exceptionnelle ».", "Paul Roux"),
        ("Le secrétaire général de la CGT Marc Blondin a prévenu « la mobilisation ne faiblira pas ».", "Marc Blondin"),
    ])
    func afterARoleNounTheAdjectiveStaysInTheRole(_ text: String, _ speaker: String) {
        #expect(SieveTestSupport.quotes(text).first?.speaker?.name == speaker)
        #expect(SieveTestSupport.model(text).participant(named: speaker)?.roles.isEmpty == false)
    }
}
