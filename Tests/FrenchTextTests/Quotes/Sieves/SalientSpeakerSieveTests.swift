import Testing
@testable import FrenchText

@Suite struct SalientSpeakerSieveTests {
    @Test func lastPersonNamedInTheSentenceBefore() {
        let text = "Ce matin, alors que les négociations semblent proches d'aboutir, la présidente de la Fédération bruxelloise du PS, Laurette Onkelinx, a tenu des propos clairs. \"Je suis vraiment choquée par ce comportement\""
        let q = SieveTestSupport.quotes(text).first
        #expect(q?.speaker?.name == "Laurette Onkelinx")
        #expect((q?.confidence ?? 1) <= 0.3)
    }

    @Test func noPersonNoSpeaker() {
        #expect(SieveTestSupport.quotes("« Nous ne paierons pas pour leur crise », pouvait-on lire sur les pancartes.").first?.speaker?.name == nil)
    }
}
