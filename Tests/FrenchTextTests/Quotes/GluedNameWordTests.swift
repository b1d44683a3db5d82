import Testing
@testable import FrenchText

/// A speaker's name glued by the entity tagger to the capitalised word opening the next sentence (a full stop missing:
/// `a lancé M. Dupuis Comme chaque année…`) stops before that word: a capitalised preposition or conjunction is no
/// part of a name (SpeakerResolver.withoutTrailingCue, ParticipantModelBuilder.isGlued).
@Suite struct GluedNameWordTests {
    @Test(arguments: [
        ("Le ministre Paul Dupuis a ouvert la séance. « Nous continuerons à défendre la région », a lancé M. Dupuis "
            + "Comme chaque année, le ministre a ensuite salué les bénévoles.", "Paul Dupuis"),
        ("« Les écoles rouvriront lundi », a assuré Mamadou Barry Pour les parents, la nouvelle est un soulagement.",
         "Mamadou Barry"),
    ])
    func theNameStopsBeforeTheGluedWord(_ text: String, _ speaker: String) {
        #expect(SieveTestSupport.quotes(text).first?.speaker?.name == speaker)
    }

    @Test func theGluedWordMakesNoParticipantOfItsOwn() {
        let model = SieveTestSupport.model("Le ministre Paul Dupuis a ouvert la séance. Il a remercié M. Dupuis Comme chaque année, le public a applaudi.")
        #expect(model.participants.filter { $0.kind == .person }.map(\.name) == ["Paul Dupuis"])
    }

    /// The entity tagger and the speaker stage read one list of such words (entity_person_name_stops.txt).
    @Test(arguments: ["Toujours", "Certes", "Désormais"])
    func theEntityNameStopsThereToo(_ word: String) {
        let labels = entityLabels("Le député a salué Marc Delorme \(word) la séance continue demain.")
        #expect(labels.contains("PER Marc Delorme"), "\(labels)")
        #expect(PersonRecognizer.isNameStop(word))
    }

    /// The speaker phrase after the cue stops at the same words (`a prévenu Claire Montel Certes, …`).
    @Test func theSpeakerPhraseStopsThereToo() {
        let text = "« La saison sera longue », a prévenu Claire Montel Certes, l’équipe a gagné ses deux premiers matchs."
        #expect(SieveTestSupport.quotes(text).first?.speaker?.name == "Claire Montel")
    }
}
