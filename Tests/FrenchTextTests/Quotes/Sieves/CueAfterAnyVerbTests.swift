import Testing
@testable import FrenchText

/// `cue-after` with a verb no cue list knows: after the closing mark, any finite verb with its subject after it is an
/// incise (French inverts the subject only there), also with object pronouns before the verb and a complement after
/// the subject.
@Suite struct CueAfterAnyVerbTests {
    @Test(arguments: [
        ("« Nous sommes là après des mois de concertation », débute Olivier Dussopt dans le brouhaha.", "Olivier Dussopt"),
        ("« Le chantier avance bien », sourit Marie Perrin devant les caméras.", "Marie Perrin"),
        ("« Rien n’est encore décidé », tempère Paul Henry en fin de séance.", "Paul Henry"),
        ("« On ne lâchera rien », tranche Claire Martin.", "Claire Martin"),
    ])
    func aNameAfterAnyVerb(_ text: String, _ speaker: String) {
        let q = SieveTestSupport.quotes(text).first
        #expect(q?.rule == .cueAfter)
        #expect(q?.speaker?.name == speaker)
    }

    @Test(arguments: [
        ("« Ses jours sont toujours en danger » nous apprend la porte-parole du parquet, Amélie Durand.", "Amélie Durand"),
        ("« Le dossier est clos », nous glisse Paul Henry à la sortie.", "Paul Henry"),
        ("« Je ne regrette rien », me lance Claire Martin.", "Claire Martin"),
    ])
    func objectPronounsBeforeAnyVerb(_ text: String, _ speaker: String) {
        let q = SieveTestSupport.quotes(text).first
        #expect(q?.rule == .cueAfter)
        #expect(q?.speaker?.name == speaker)
    }

    /// A verb after the quote whose subject comes before it is no incise: the quote keeps the subject of its sentence.
    @Test func aVerbWithItsSubjectBeforeIsNoIncise() {
        let text = "Le maire Paul Henry a relu le « plan de relance du quartier » devant Claire Martin."
        #expect(SieveTestSupport.quotes(text).allSatisfy { $0.speaker?.name != "Claire Martin" })
    }

    @Test func anAdverbialBetweenTheVerbAndTheSubject() {
        let text = "Yaël Martin a appelé à la tribune le ministre Olivier Dussopt. « Mesdames et messieurs les députés, nous y sommes », tente, tant bien que mal, le ministre."
        withKnownIssue("an incise between the verb and its subject (`tente, tant bien que mal, le ministre`) is not skipped") {
            #expect(SieveTestSupport.quotes(text).first?.speaker?.name == "Olivier Dussopt")
        }
    }
}
