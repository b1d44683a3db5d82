import Testing
@testable import FrenchText

/// `person-speech-cue`: a name after a speech verb's past participle.
@Suite struct PersonSpeechCueTests {
    @Test(arguments: [
        ("« Nous continuerons », a déclaré Daniel Bekele devant la presse.", "Daniel Bekele"),
        ("« C’est fini », a précisé Odile Kerbrat.", "Odile Kerbrat"),
    ])
    func findsTheName(text: String, name: String) {
        #expect(candidates(text, by: .personSpeechCue).contains(name))
    }

    @Test func noNameIsNone() {
        #expect(candidates("« C’est fini », a déclaré la direction.", by: .personSpeechCue).isEmpty)
    }
}
