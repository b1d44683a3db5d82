import Testing
@testable import FrenchText

@Suite struct ParticipleContinuationSieveTests {
    @Test(arguments: [
        ("« Nous avons confiance dans la médiation de Pierre Laval », a déclaré le ministre Youssef Amrani, ajoutant que son "
            + "gouvernement souhaitait que « les armes se taisent avant l’hiver ».", "Youssef Amrani"),
        ("« Le président Martin Roche a été clair », a indiqué la porte-parole Inès Caron, soulignant que le pays voudrait que "
            + "« aucune concession ne soit faite ».", "Inès Caron"),
        ("« Nous soutenons le plan de Jean Dupuis », avait affirmé M. Karim Benali, précisant que la région exige que "
            + "« les routes rouvrent vite ».", "Karim Benali"),
    ])
    func theParticipleContinuesTheSpeakersWords(_ text: String, _ speaker: String) {
        let quotes = SieveTestSupport.quotes(text)
        #expect(quotes.count == 2)
        #expect(quotes.last?.speaker?.name == speaker)
        #expect(quotes.last?.trace.last == .participleContinuation)
    }

    /// A cue with a named subject inside the clause gives the quote to that name.
    @Test func aNamedSubjectInsideTheClauseSpeaks() {
        let text = "« Rien n’est joué », a dit Anne Moreau, ajoutant que Paul Durand avait déclaré « la réforme est morte »."
        #expect(SieveTestSupport.quotes(text).last?.speaker?.name == "Paul Durand")
    }

    /// Without a participle of speech, the second quote's own cue decides.
    @Test func noParticipleNoCarry() {
        let text = "« Rien n’est joué », a dit Anne Moreau, mais le ministre Paul Durand a répondu que « la réforme est morte »."
        let q = SieveTestSupport.quotes(text).last
        #expect(q?.trace.last != .participleContinuation)
        #expect(q?.speaker?.name == "Paul Durand")
    }
}
