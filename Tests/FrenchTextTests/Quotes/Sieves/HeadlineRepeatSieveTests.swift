import Testing
@testable import FrenchText

@Suite struct HeadlineRepeatSieveTests {
    @Test func subheadingRepeatingALaterQuote() {
        let text = "Alain Berset a parlé lundi.\n\n«Je suis un optimiste»\n\n«Je suis un optimiste», a souligné Alain Berset devant la foule."
        let quotes = SieveTestSupport.quotes(text)
        #expect(quotes.first?.speaker?.name == "Alain Berset")
    }

    @Test func headlineOpeningALongerQuote() {
        let text = "« Cette situation va prendre fin bientôt »\n\nLe patron de Swatch Group, Nick Hayek, s’adresse aux employés : « Cette situation va prendre fin bientôt, elle est passagère », a-t-il déclaré."
        let quotes = SieveTestSupport.quotes(text)
        #expect(quotes.first?.speaker?.name == "Nick Hayek")
        #expect(quotes.first?.rule == .headlineRepeat)
    }

    /// The body quote's speaker is one stage 1 read as it stands (a government named by its adjective, no entity, no
    /// participant): the headline repeating its words takes it all the same.
    @Test(arguments: [
        "Sahel : Bamako veut garder « la main sur sa sécurité »\n\nLe gouvernement malien a déclaré jeudi qu’il veut garder "
            + "« la main sur sa sécurité nationale », après les critiques venues de l’étranger.",
        "Grève : la direction régionale refuse « de céder au chantage »\n\nLa direction régionale a répondu mardi qu’elle refusait "
            + "« de céder au chantage des grévistes », dans un courrier adressé aux agents.",
    ])
    func headlineRepeatingAQuoteWhoseSpeakerIsNoParticipant(_ text: String) {
        let quotes = SieveTestSupport.quotes(text)
        #expect(quotes.count == 2)
        #expect(quotes.first?.rule == .headlineRepeat)
        #expect(quotes.first?.speaker?.name != nil)
        #expect(quotes.first?.speaker?.name == quotes.last?.speaker?.name)
    }

    @Test func normalisationIgnoresCaseAndPunctuation() {
        #expect(HeadlineRepeatSieve.normalized("N’oubliez pas, c’est passager !") == HeadlineRepeatSieve.normalized("n’oubliez pas c’est passager"))
    }
}

@Suite struct QuoteRuleTests {
    /// The late sieves write rules, so `rule` stays typed end to end.
    @Test func everyLateSieveIsARule() {
        for sieve in LateAttribution.order { #expect(QuoteRule(rawValue: sieve.rule.rawValue) != nil, "\(sieve)") }
    }

    /// Every rule the extractor gives on the dev set and Corpus/ is a named case (never the fallback).
    @Test func rulesKeepTheirJSONNames() {
        #expect(QuoteRule.cueAfter.rawValue == "cue-after")
        #expect(QuoteRule.continuationPreviousParagraph.rawValue == "continuation:previous-paragraph")
        #expect(QuoteRule(named: "no-such-rule") == .unattributed)
    }
}

/// A heading quote the body never repeats stays speakerless: the person named after it is not its speaker.
@Suite struct HeadingWithoutRepeatTests {
    @Test(arguments: [
        "« Une bombe à retardement » : les experts alertent sur les digues\n\nLe maire de Dax, Julien Dubois, a présenté mardi le plan.",
        "Inondations : « On n’a jamais vu ça »\n\nLes habitants de Dax ont été surpris. Julien Dubois, le maire, s’est rendu sur place.",
        "« Un été sans fin »\n\nJulien Dubois, climatologue, présente mardi son rapport sur les canicules.",
    ])
    func staysSpeakerless(_ text: String) {
        let q = SieveTestSupport.quotes(text).first
        #expect(q != nil)
        #expect(q?.speaker?.name == nil)
    }

    @Test func aRepeatStillSpeaks() {
        let text = "« Un texte injuste et brutal »\n\nLa CGT appelle à la grève. Sophie Binet, sa secrétaire générale, a dénoncé mardi "
            + "« un texte injuste et brutal »."
        #expect(SieveTestSupport.quotes(text).first?.speaker?.name == "Sophie Binet")
    }
}

/// A heading `Grève à la SNCF : « … »` names where, not who: the quote goes to the speaker the body gives it (cat. 9).
@Suite struct HeadingPlaceComplementTests {
    @Test(arguments: [
        "Grève à la SNCF : « La colère est immense »\n\nLes cheminots ont cessé le travail mardi. « La colère est immense dans les ateliers », explique Karim Haddad, délégué Sud-Rail.",
        "Colère en Bretagne : « La colère est immense »\n\nLes éleveurs ont bloqué la route mardi. « La colère est immense chez nous », explique Karim Haddad, éleveur.",
    ])
    func theBodySpeaker(_ text: String) {
        #expect(SieveTestSupport.quotes(text).first?.speaker?.name == "Karim Haddad")
    }

    /// A name heading the quote is still its speaker.
    @Test func aNamedHeading() {
        let text = "Paul Girard : « Je ne serai pas candidat »\n\nLe maire sortant a fait une annonce surprise lundi soir."
        #expect(SieveTestSupport.quotes(text).first?.speaker?.name == "Paul Girard")
    }
}

/// A subheading made of a quote alone that a later quote repeats takes that quote's speaker, not the previous speaker
/// nor the previous paragraph's subject.
@Suite struct RepeatedSubheadingTests {
    @Test func theSubheadingGoesToWhoSaysItLater() {
        let text = "L’échevin Paul Roux rassure, « il n’y a pas de moyens supplémentaires prévus ».\n\n"
            + "« Quitte à mettre une armoire électrique… »\n\n"
            + "Une armoire va être installée. Le conseiller Marc Leduc suggère d’en profiter. "
            + "« Quitte à mettre une armoire électrique, pourquoi ne pas placer des lampadaires ? »"
        let quotes = SieveTestSupport.quotes(text)
        #expect(quotes.count == 3)
        #expect(quotes[1].speaker?.name == "Marc Leduc")
    }
}

/// A short teaser line ending with a quote that closes no sentence is nobody's continuation.
@Suite struct TeaserLineTests {
    @Test func aTeaserLineKeepsNoSpeaker() {
        let text = "« Il n’y a pas eu de hausse des salaires depuis 2022 », s’insurge Paul Roux, président du syndicat.\n\n"
            + "À lire aussi : Madagascar : « Le départ du gouvernement est apparu improvisé »\n\n"
            + "La plate-forme veut encourager les fonctionnaires à manifester."
        let quotes = SieveTestSupport.quotes(text)
        #expect(quotes.count == 2)
        #expect(quotes.last?.speaker?.name == nil)
    }
}

/// A quoted subheading whose words a LATER quote says inside its own text (not only at its start) goes to that quote's
/// speaker, not to the previous paragraph's speaker nor to its subject.
@Suite struct SubheadingInsideALaterQuoteTests {
    @Test(arguments: [
        "« Le mouvement est très suivi », a assuré la syndicaliste Anne Collin.\n\n« En position de force »\n\n"
            + "« Si la grève tient, les syndicats seront en position de force face au patronat », a prédit le politologue Marc Vidal.",
        "Plus pragmatique, Léa, une élève, pense à son budget : « On ne peut pas payer le bus. »\n\n« La direction traque les enseignants »\n\n"
            + "Le porte-parole du collectif, Marc Vidal, déclare : « Il y a des intimidations. La direction traque les enseignants et ce n’est pas normal. »",
        "Le groupe breton a annoncé la fermeture de l’usine.\n\"Aucune offre ferme de reprise\"\n"
            + "\"Après six mois de recherche, nous n'avons reçu aucune offre ferme de reprise\", déplore Marc Vidal, directeur du site.",
    ])
    func theLaterSpeakerSaysIt(_ text: String) {
        let quotes = SieveTestSupport.quotes(text)
        let heading = quotes.first { $0.text.count < 45 && $0.paragraphIndex > 0 }
        #expect(heading?.speaker?.name == "Marc Vidal")
        #expect(heading?.rule == .headlineRepeat)
    }

    /// The repeat's speaker may come from a late sieve itself (the most salient person): the heading waits for it.
    @Test func aRepeatAttributedLate() {
        let text = "« Tout a volé en éclats », regrette Paul Roux, directeur de l’hôpital.\n\n« Former des médecins »\n\n"
            + "Pour l’association, c’est un échec. Pour son président Marc Vidal, les annonces n’ont servi à rien.\n\n"
            + "« Ce sont des annonces. La réalité, c’est qu’il faut former des médecins. Là, on ne voit rien venir."
        let quotes = SieveTestSupport.quotes(text)
        #expect(quotes.count == 3)
        #expect(quotes[1].speaker?.name == quotes[2].speaker?.name)
        #expect(quotes[1].speaker?.name != "Paul Roux")
    }

    @Test func wholeWordsOnly() {
        #expect(HeadlineRepeatSieve.repeats("ils seront en position de force demain", "en position de force"))
        #expect(!HeadlineRepeatSieve.repeats("ils seront en position de forcené", "en position de force"))
    }
}

/// A quoted subheading whose words come back in a later paragraph written without marks, signed on the next line by a
/// person (`Name, role`): the signer said them. Without a signature line, the heading keeps no speaker.
@Suite struct SignedRepeatTests {
    @Test(arguments: [
        "La laiterie de Vitré va fermer en juin.\n\"C'est nous qui payons la note\"\nL'usine avait été rachetée il y a dix ans.\n"
            + "On a fait tout ce qu'on nous demandait et au final c'est nous qui payons la note.\nMarc Vidal, technicien de maintenance\nLa direction invoque le prix du lait.",
        "La laiterie de Vitré va fermer en juin.\n« On nous a menti depuis le début »\n"
            + "Les salariés ne décolèrent pas. On nous a menti depuis le début, personne ne nous a prévenus.\nMarc Vidal, délégué CGT du site\nLa direction invoque le prix du lait.",
    ])
    func theSignerSaidIt(_ text: String) {
        let q = SieveTestSupport.quotes(text).first
        #expect(q?.speaker?.name == "Marc Vidal")
        #expect(q?.rule == .headlineRepeat)
    }

    @Test func noSignatureNoSpeaker() {
        let text = "La laiterie de Vitré va fermer en juin.\n\"C'est nous qui payons la note\"\n"
            + "L'usine avait été rachetée il y a dix ans. Au final, c'est nous qui payons la note.\nMarc Vidal, technicien, parle d'un gâchis.\nLa direction invoque le prix du lait."
        #expect(SieveTestSupport.quotes(text).first?.speaker?.name == nil)
    }
}
