import Testing
@testable import FrenchText

/// `« … », de préciser X`, `« … » De souligner X`, `« … », et d’ajouter X`: the narrative infinitive names the speaker.
@Suite struct CueAfterNarrativeInfinitiveTests {
    @Test(arguments: [
        "« Le projet sera livré en juin », de préciser Paul Girard, directeur du chantier.",
        "« Nous sommes très heureux de nous établir dans le parc d’affaires. » De souligner Mme Roxanne Lavoie, copropriétaire de l’entreprise.",
        "« La saison est terminée pour nous », et de conclure l’entraîneur Paul Girard.",
        "« Rien n’est encore signé avec la ville », d’ajouter Paul Girard au téléphone.",
    ])
    func infinitiveNamesTheSpeaker(_ text: String) {
        let q = SieveTestSupport.quotes(text).first
        #expect(q?.rule == .cueAfter)
        let surname = text.contains("Lavoie") ? "Lavoie" : "Girard"
        #expect((q?.speaker?.name ?? "").hasSuffix(surname))
    }

    @Test func anInfinitiveThatIsNoSpeechVerbNamesNobody() {
        let text = "« Le projet sera livré en juin », de quoi rassurer Paul Girard, directeur du chantier."
        #expect(SieveTestSupport.quotes(text).first?.rule != .cueAfter)
    }
}
