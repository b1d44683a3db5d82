import Testing
@testable import FrenchText

@Suite struct ParagraphSubjectSieveTests {
    @Test(arguments: [
        "Thomas Renaud, un ancien ingénieur, a appris la nouvelle lundi. « Je ne m’y attendais pas du tout. »",
        "Le maire Thomas Renaud est resté discret toute la journée. « Je ne m’y attendais pas du tout. »",
    ])
    func personOpeningAnEarlierSentence(_ text: String) {
        let q = SieveTestSupport.quotes(text).first
        #expect(q?.rule == .paragraphSubject)
        #expect(q?.speaker?.name == "Thomas Renaud")
        #expect(q?.trace == [.paragraphSubject])
    }

    @Test func anotherPersonAfterTheLastSpeaker() {
        let text = "« Le projet est solide », a déclaré Claire Fontaine. Thomas Renaud, son adjoint, ne partage pas cet avis. « Il faut tout reprendre. »"
        let q = SieveTestSupport.quotes(text).last
        #expect(q?.rule == .paragraphSubject)
        #expect(q?.speaker?.name == "Thomas Renaud")
    }
}
