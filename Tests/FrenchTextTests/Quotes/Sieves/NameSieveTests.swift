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
}
