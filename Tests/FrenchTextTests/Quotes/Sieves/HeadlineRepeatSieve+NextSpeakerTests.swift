import Testing
@testable import FrenchText

/// A quoted subheading takes the speaker the next paragraph attributes by a speech verb.
@Suite struct SubheadingNextSpeakerTests {
    @Test(arguments: [
        "Le Cameroun s’est incliné face au Sénégal samedi soir à Yaoundé.\n\n« Pas de panique dans le groupe »\n\nAprès la défaite, le sélectionneur Rigobert Mbarga s’est présenté devant la presse. « Nous allons travailler et nous serons prêts », a-t-il expliqué.",
        "Un incendie a ravagé un gîte du centre-bourg mardi après-midi.\n“Les flammes sortaient du toit”\nLe deuxième adjoint au maire, Alain Brunel, était sur place. « J’ai vu la fumée sortir de chez moi et je suis venu tout de suite », raconte Alain Brunel.",
    ])
    func subheadingTakesTheNextSpeaker(_ text: String) {
        let quotes = SieveTestSupport.quotes(text)
        #expect(quotes.count == 2)
        #expect(quotes[0].speaker?.name != nil && quotes[0].speaker?.name == quotes[1].speaker?.name)
        #expect(quotes[0].rule == .headlineRepeat)
    }

    @Test func theHeadlineIsLeftAlone() {
        let text = "« Pas de panique dans le groupe »\n\nLe Cameroun s’est incliné samedi. « Nous allons travailler et nous serons prêts », a déclaré le sélectionneur Rigobert Mbarga."
        #expect(SieveTestSupport.quotes(text).first?.speaker == nil)
    }

    @Test func tooFarAfterTheSubheadingNamesNobody() {
        let text = "Le Cameroun s’est incliné samedi.\n\n« Pas de panique dans le groupe »\n\nLe match a été disputé sous la pluie.\n\nLes supporters sont restés jusqu’au bout.\n\nLe stade était plein.\n\n« Nous allons travailler et nous serons prêts », a déclaré le sélectionneur Rigobert Mbarga."
        #expect(SieveTestSupport.quotes(text).first?.speaker == nil)
    }
}
