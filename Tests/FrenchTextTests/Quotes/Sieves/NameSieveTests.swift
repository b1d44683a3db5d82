import Testing
@testable import FrenchText

@Suite struct NameSieveTests {
    @Test(arguments: [
        ("« Le calendrier sera respecté », a assuré Élisabeth Borne mardi. « Nous tiendrons », a ajouté Borne.", "Élisabeth Borne"),
        ("Le préfet Pierre-André Durand a fait le point. « Les mesures sont rassurantes », a déclaré Durand.", "Pierre-André Durand"),
    ])
    func surnameGoesToTheFullName(_ text: String, _ speaker: String) {
        #expect(SieveTestSupport.quotes(text).last?.speaker?.name == speaker)
    }

    @Test func firstNameAloneAfterTheFullName() {
        let text = "Marc Nardelli habite Breil depuis trente ans. Il a tout perdu. « Il ne reste plus rien », raconte Marc."
        #expect(SieveTestSupport.quotes(text).first?.speaker?.name == "Marc Nardelli")
    }

    /// A role whose complement is capitalised (`l’État`, `la République`, `la Santé`) hides the name after it from
    /// stage 1: the full name ending the complement is the speaker, not another holder of the same role.
    @Test func aFullNameEndingTheRoleComplement() {
        let text = """
        Le chef de l’État Emmanuel Macron a tranché : « C’est la dernière fois que nous reportons cette réforme. »

        Le président de la République Faure Gnassingbé a répondu : « Nos deux pays avancent ensemble sur ce dossier. »

        La ministre de la Santé Agnès Buzyn a prévenu : « Les hôpitaux recevront les moyens promis dès cet été. »

        Le chef de l’État Faure Gnassingbé a conclu : « Nous reviendrons à Paris au printemps prochain. »

        Le Chef de l’Etat Faure Gnassingbé lui-même a tranché : « C’est la dernière fois que ces membres nous créent des problèmes. »
        """
        #expect(SieveTestSupport.quotes(text).map { $0.speaker?.name } == ["Emmanuel Macron", "Faure Gnassingbé", "Agnès Buzyn", "Faure Gnassingbé", "Faure Gnassingbé"])
    }

    /// A place ending the complement is no name: `le maire de Montréal` stays the role.
    @Test func aPlaceEndingTheComplementIsNoName() {
        let text = "Le maire de Montréal Denis Coderre a visité le chantier. « Les travaux finiront en juin », a précisé le maire de Montréal."
        #expect(SieveTestSupport.quotes(text).first?.speaker?.name == "Denis Coderre")
    }
}
