import Testing
@testable import FrenchText

/// ``ParticipantModel/focus(at:recentSpeakers:lastSpeechEnd:fits:)``: the person the text is about at an offset.
@Suite struct ParticipantModelFocusTests {
    private func focus(_ text: String, at marker: String, recentSpeakers: [Int] = [], lastSpeechEnd: Int? = nil,
                       fits: (Participant) -> Bool = { _ in true }) -> String? {
        let model = SieveTestSupport.model(text)
        let offset = text.distance(from: text.startIndex, to: text.range(of: marker)!.lowerBound)
        return model.focus(at: offset, recentSpeakers: recentSpeakers, lastSpeechEnd: lastSpeechEnd, fits: fits).map { model.participants[$0].name }
    }

    @Test func theSubjectOfTheSentenceBefore() {
        let text = "Marc Olivier a rencontré Anne Petit mardi. Le responsable a signé l’accord."
        #expect(focus(text, at: "Le responsable") == "Marc Olivier")
    }

    @Test func theNearestPersonNamedWhenNoSubject() {
        let text = "La visite s’est faite avec Anne Petit. Le responsable a signé l’accord."
        #expect(focus(text, at: "Le responsable") == "Anne Petit")
    }

    @Test func onlyThePersonsThatFit() {
        let text = "Marc Olivier a rencontré Anne Petit mardi. La responsable a signé l’accord."
        #expect(focus(text, at: "La responsable", fits: { $0.name != "Marc Olivier" }) == "Anne Petit")
    }

    @Test func theLastSpeakerWhenNobodyElseWasNamedSince() {
        let text = "Marc Olivier a rencontré Anne Petit. « Tout va bien », dit-elle.\n\nLe comité se réunit lundi. Le responsable a signé."
        let model = SieveTestSupport.model(text)
        let anne = model.participants.first { $0.name == "Anne Petit" }!.id
        let end = text.distance(from: text.startIndex, to: text.range(of: "», dit")!.upperBound)
        #expect(focus(text, at: "Le responsable", recentSpeakers: [anne], lastSpeechEnd: end) == "Anne Petit")
    }

    @Test func nobodyNamedBefore() {
        let text = "Le comité se réunit lundi. Le responsable a signé l’accord avec Marc Olivier."
        #expect(focus(text, at: "Le responsable") == nil)
    }
}
