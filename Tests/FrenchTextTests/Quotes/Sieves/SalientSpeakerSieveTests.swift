import Testing
@testable import FrenchText

@Suite struct SalientSpeakerSieveTests {
    @Test func lastPersonNamedInTheSentenceBefore() {
        let text = "Ce matin, alors que les négociations semblent proches d'aboutir, la présidente de la Fédération bruxelloise du PS, Laurette Onkelinx, a tenu des propos clairs. \"Je suis vraiment choquée par ce comportement\""
        let q = SieveTestSupport.quotes(text).first
        #expect(q?.speaker?.name == "Laurette Onkelinx")
        // A guess: its confidence is the share of right speakers the last resort had on annotated news, below a
        // speaker named by the cue's own sentence.
        let named = SieveTestSupport.quotes("« Je suis vraiment choquée par ce comportement », a déclaré Laurette Onkelinx.").first
        #expect((q?.confidence ?? 1) < (named?.confidence ?? 0))
        if let c = ConfidenceCalibration.shared.confidence(rule: "salient-speaker", path: "salient-speaker") { #expect(q?.confidence == c) }
    }

    @Test func noPersonNoSpeaker() {
        #expect(SieveTestSupport.quotes("« Nous ne paierons pas pour leur crise », pouvait-on lire sur les pancartes.").first?.speaker?.name == nil)
    }
}
