import Testing
@testable import FrenchText

/// Each attribution shape on a sentence in the style of French press releases and news.
@Suite struct QuoteAttributionTests {
    struct Shape: CustomTestStringConvertible, Sendable {
        let text: String
        let quote: String
        let speaker: String?
        let rule: String
        var cue: String? = nil
        var testDescription: String { rule + ": " + text.prefix(50) }
    }

    static let shapes: [Shape] = [
        Shape(text: "Claire Rodier, juriste au sein du Groupe d’information et de soutien des immigré·e·s, a déclaré : « Ces expulsions sont contraires au droit international. »",
              quote: "Ces expulsions sont contraires au droit international.", speaker: "Claire Rodier", rule: "colon-intro", cue: "déclarer"),
        Shape(text: "« Nous ne céderons rien sur les retraites », a déclaré Sophie Binet devant la presse.",
              quote: "Nous ne céderons rien sur les retraites", speaker: "Sophie Binet", rule: "cue-after", cue: "déclarer"),
        Shape(text: "La ministre Rachida Dati était présente lundi. « Le budget de la culture sera préservé », a-t-elle ajouté.",
              quote: "Le budget de la culture sera préservé", speaker: "Rachida Dati", rule: "cue-after", cue: "ajouter"),
        Shape(text: "« La hausse des prix de l’énergie pèse d’abord sur les ménages modestes », estime Olivier Dupont, directeur de l’Observatoire des inégalités.",
              quote: "La hausse des prix de l’énergie pèse d’abord sur les ménages modestes", speaker: "Olivier Dupont", rule: "cue-after", cue: "estimer"),
        Shape(text: "« Le bilan pourrait encore s’alourdir dans les prochains jours », selon Jean-Marc Leclerc.",
              quote: "Le bilan pourrait encore s’alourdir dans les prochains jours", speaker: "Jean-Marc Leclerc", rule: "selon-after"),
        Shape(text: "Selon Marie Lefèvre, « la situation humanitaire se dégrade de jour en jour ».",
              quote: "la situation humanitaire se dégrade de jour en jour", speaker: "Marie Lefèvre", rule: "selon"),
        Shape(text: "Pour Thomas Piketty, « cette réforme fiscale profite surtout aux plus aisés ».",
              quote: "cette réforme fiscale profite surtout aux plus aisés", speaker: "Thomas Piketty", rule: "pour"),
        Shape(text: "D’après Nathalie Bernard, « les secours sont arrivés trop tard sur place ».",
              quote: "les secours sont arrivés trop tard sur place", speaker: "Nathalie Bernard", rule: "d-apres"),
        Shape(text: "Laurent Berger a affirmé que « le dialogue social est aujourd’hui rompu ».",
              quote: "le dialogue social est aujourd’hui rompu", speaker: "Laurent Berger", rule: "que-intro", cue: "affirmer"),
        Shape(text: "Emmanuel Macron l’a dit : « Nous sommes en guerre contre le virus. »",
              quote: "Nous sommes en guerre contre le virus.", speaker: "Emmanuel Macron", rule: "colon-intro", cue: "dire"),
        Shape(text: "« Ces arrestations arbitraires doivent cesser immédiatement », a déclaré Amnesty International.",
              quote: "Ces arrestations arbitraires doivent cesser immédiatement", speaker: "Amnesty International", rule: "cue-after"),
        Shape(text: "« Les conditions de détention sont indignes », dénonce la Ligue des droits de l’Homme dans un communiqué.",
              quote: "Les conditions de détention sont indignes", speaker: "Ligue des droits de l’Homme", rule: "cue-after", cue: "dénoncer"),
        Shape(text: "« Il faut rouvrir les écoles au plus vite » déplorait une mère de famille.",
              quote: "Il faut rouvrir les écoles au plus vite", speaker: nil, rule: "cue-after", cue: "déplorer"),
        Shape(text: "« Nous n’avons reçu aucune aide de l’État », s’indigne Paul Girard, agriculteur dans la Creuse.",
              quote: "Nous n’avons reçu aucune aide de l’État", speaker: "Paul Girard", rule: "cue-after", cue: "indigner"),
        Shape(text: "« La décision sera rendue le 12 mars », a précisé le parquet de Paris.",
              quote: "La décision sera rendue le 12 mars", speaker: "parquet de Paris", rule: "cue-after", cue: "préciser"),
        Shape(text: "« Aucune mesure de rétorsion n’est envisagée », a déclaré à l’AFP la porte-parole du gouvernement, Maud Bregeon.",
              quote: "Aucune mesure de rétorsion n’est envisagée", speaker: "Maud Bregeon", rule: "cue-after", cue: "déclarer"),
        Shape(text: "La sénatrice Anne Dupuis a quant à elle estimé que « le texte est beaucoup trop flou ».",
              quote: "le texte est beaucoup trop flou", speaker: "Anne Dupuis", rule: "que-intro", cue: "estimer"),
        Shape(text: "Sa voisine, Martine Le Bihan, est plus optimiste : « On va s’en sortir, on s’en sort toujours. »",
              quote: "On va s’en sortir, on s’en sort toujours.", speaker: "Martine Le Bihan", rule: "colon-subject"),
        Shape(text: "Les trois otages ont été « assassinés en captivité » lors de l’attaque, selon le bureau du Premier ministre.",
              quote: "assassinés en captivité", speaker: "bureau du Premier ministre", rule: "selon-end"),
        Shape(text: "Pour Sophie Martin, usagère de la ligne depuis dix ans, c’est « la grève de trop ».",
              quote: "la grève de trop", speaker: "Sophie Martin", rule: "pour"),
        Shape(text: "Comme l’explique Hélène Marchand, directrice de l’école : « Les enfants ont besoin de stabilité avant tout. »",
              quote: "Les enfants ont besoin de stabilité avant tout.", speaker: "Hélène Marchand", rule: "colon-intro", cue: "expliquer"),
        Shape(text: "« Nous n’avons jamais vu autant de demandes d’aide alimentaire » (Paul Hervé, président de l’antenne locale).",
              quote: "Nous n’avons jamais vu autant de demandes d’aide alimentaire", speaker: "Paul Hervé", rule: "cue-after:parenthesis"),
        Shape(text: "Il a ajouté : « Nous porterons plainte dès lundi contre la société. »",
              quote: "Nous porterons plainte dès lundi contre la société.", speaker: nil, rule: "colon-intro", cue: "ajouter"),
    ]

    @Test(arguments: shapes)
    func attributionShape(_ shape: Shape) throws {
        let quotes = QuoteTestSupport.direct(shape.text)
        #expect(quotes.count == 1)
        let q = try #require(quotes.first)
        #expect(q.text == shape.quote)
        #expect(q.rule.rawValue == shape.rule)
        if let cue = shape.cue { #expect(q.cue == cue) }
        #expect(q.speaker?.name == shape.speaker)
        #expect(q.speaker != nil)
    }

    @Test func demonstrativeDescriptionRefersToThePersonNamedBefore() {
        let text = "Pour Sophie Martin, usagère de la ligne, c’est « la grève de trop ». « Je vais encore devoir poser un jour de congé », soupire cette infirmière de 42 ans."
        let quotes = QuoteTestSupport.direct(text)
        #expect(quotes.map { $0.speaker?.name } == ["Sophie Martin", "Sophie Martin"])
        #expect(quotes.last?.speaker?.mention == "cette infirmière de 42 ans")
    }

    @Test func definiteDescriptionRefersToThePersonNamedBefore() {
        let text = "Le juge d’instruction Marc Trévidic a entendu les témoins. « Ce dossier est d’une complexité rare », explique le magistrat."
        #expect(QuoteTestSupport.direct(text).first?.speaker?.name == "Marc Trévidic")
    }

    @Test func pronounPrefersTheSubjectOfTheSentenceBefore() {
        let text = """
        « Nous ne lâcherons rien », a prévenu Fabien Villedieu, délégué syndical.
        Le ministre des Transports, Philippe Tabarot, a appelé au dialogue. « La grève n’est pas une fatalité », a-t-il déclaré.
        """
        #expect(QuoteTestSupport.direct(text).last?.speaker?.name == "Philippe Tabarot")
    }

    @Test func pronounSkipsANameInASubordinateClause() {
        let text = """
        Sibylle Norman, conseillère en communication, aurait répondu à un journaliste qui lui demandait si Simone Vidal était partie.
        Contactée par l’AFP, l’intéressée dément. « Le message est totalement faux », assure-t-elle.
        """
        #expect(QuoteTestSupport.direct(text).first?.speaker?.name == "Sibylle Norman")
    }

    @Test func aRoleWithOtherQualifiersIsSomeoneElse() throws {
        let text = "Le ministre des Transports, Philippe Tabarot, a appelé au dialogue. La Première ministre a quant à elle estimé que « le dialogue social doit primer »."
        let q = try #require(QuoteTestSupport.direct(text).first)
        #expect(q.speaker?.name == nil)
        #expect(q.speaker?.mention == "La Première ministre")
        #expect(q.speaker?.gender == .female)
    }

    @Test func aGroupIsNeverOnePerson() throws {
        let text = "Sophie Binet a ouvert la réunion. « Nous avons été reçus mais pas entendus », ont regretté les représentants de la CGT."
        let q = try #require(QuoteTestSupport.direct(text).first)
        #expect(q.speaker?.name == nil)
        #expect(q.speaker?.mention == "les représentants de la CGT")
    }

    @Test func roleAndOrganisationFromApposition() throws {
        let q = try #require(QuoteTestSupport.direct("Anna Martin, spécialiste de la région à Amnesty International, a déclaré : « La répression continue chaque jour. »").first)
        #expect(q.speaker?.role == "spécialiste de la région")
        #expect(q.speaker?.organisation == "Amnesty International")
        #expect(q.speaker?.kind == .person)
        #expect(q.speaker?.gender == .female)  // Anna: a feminine first name in the lexicon
    }

    @Test func organisationSpeakerKind() throws {
        let q = try #require(QuoteTestSupport.direct("« Ces arrestations arbitraires doivent cesser immédiatement », a déclaré Human Rights Watch.").first)
        #expect(q.speaker?.name == "Human Rights Watch")
        #expect(q.speaker?.kind == .organisation)
        #expect(q.speaker?.gender == .unknown)
    }

    @Test func pronounResolvesToTheLastCompatiblePerson() throws {
        let text = """
        Marie Dubois et son adjoint Marc Petit ont présenté le plan mardi. « Nous tiendrons les délais fixés par l’État », a-t-elle assuré.
        « Le chantier démarrera dès le mois de mai », a-t-il ajouté.
        """
        let quotes = QuoteTestSupport.direct(text)
        #expect(quotes.map { $0.speaker?.name } == ["Marie Dubois", "Marc Petit"])
        #expect(quotes.map { $0.speaker?.gender } == [.female, .male])
        #expect(quotes.map { $0.speaker?.mention } == ["elle", "il"])
    }

    @Test func surnameAndTitleResolveToTheFullestName() throws {
        let text = """
        La nouvelle présidente de la commission, Margaux Lenoir, a été élue hier.
        « Nous allons revoir toutes les procédures d’attribution », a déclaré Mme Lenoir.
        """
        let q = try #require(QuoteTestSupport.direct(text).first)
        #expect(q.speaker?.name == "Margaux Lenoir")
        #expect(q.speaker?.mention == "Mme Lenoir")
        #expect(q.speaker?.gender == .female)
    }

    @Test func roleNounResolvesToTheRoleHolder() throws {
        let text = """
        M. Karim Benali, porte-parole du collectif, a rencontré les habitants.
        « Personne ne nous a prévenus de la fermeture du site », a regretté le porte-parole.
        """
        let q = try #require(QuoteTestSupport.direct(text).first)
        #expect(q.speaker?.name == "Karim Benali")
        #expect(q.speaker?.mention == "le porte-parole")
        #expect(q.speaker?.gender == .male)
    }

    @Test func unnamedSpeakerHasNoName() throws {
        let q = try #require(QuoteTestSupport.direct("« On nous a complètement oubliés dans ce quartier », raconte une habitante.").first)
        #expect(q.speaker?.name == nil)
        #expect(q.speaker?.kind == .person)
        #expect(q.speaker?.mention == "une habitante")
        #expect(q.speaker?.gender == .female)
    }

    @Test func nonBinaryPronoun() throws {
        let text = "Alex Morel milite depuis dix ans pour les droits des personnes trans. « Nous voulons simplement être reconnu·e·s », explique-t-iel."
        let q = try #require(QuoteTestSupport.direct(text).first)
        #expect(q.speaker?.name == "Alex Morel")
        #expect(q.speaker?.gender == .nonBinary)
    }

    @Test func inciseBetweenTwoQuotesGivesTwoQuotesWithOneSpeaker() {
        let text = "« Nous rejetons fermement ces accusations », a déclaré Daniel Martin, directeur de l’association. « Nous maintenons le contenu de nos rapports. »"
        let quotes = QuoteTestSupport.direct(text)
        #expect(quotes.count == 2)
        #expect(quotes.map { $0.speaker?.name } == ["Daniel Martin", "Daniel Martin"])
        #expect(quotes.map(\.rule.rawValue) == ["cue-after", "continuation"])
    }

    @Test func inciseInsideTheMarksSplitsTheQuote() {
        let text = "« Le parc est un bien public, a souligné le maire Jean Tremblay… Personne ne peut se l’approprier. »"
        let quotes = QuoteTestSupport.direct(text)
        #expect(quotes.map(\.text) == ["Le parc est un bien public", "Personne ne peut se l’approprier."])
        #expect(quotes.map { $0.speaker?.name } == ["Jean Tremblay", "Jean Tremblay"])
        #expect(quotes.allSatisfy { $0.rule.rawValue == "incise-inside" })
    }

    @Test func inversionBetweenTwoQuotes() {
        let text = "« Nous avons perdu trois saisons », a-t-il expliqué, « et personne ne nous a indemnisés. »"
        let quotes = QuoteTestSupport.direct("Le viticulteur Henri Lafarge est amer. " + text)
        #expect(quotes.count == 2)
        #expect(quotes.map { $0.speaker?.name } == ["Henri Lafarge", "Henri Lafarge"])
        #expect(quotes.first?.rule.rawValue == "cue-after:incise")
    }

    @Test func everyTenseOfTheCueVerb() {
        for verb in ["a déclaré", "déclare", "déclarait", "déclara", "déclarera", "avait déclaré", "a-t-il déclaré", "déclare-t-il", "a encore déclaré"] {
            let subject = verb.contains("-t-il") ? "" : " Paul Girard"
            let text = "Paul Girard présidait la séance. « La séance est levée pour aujourd’hui », \(verb)\(subject)."
            let q = QuoteTestSupport.direct(text).first
            #expect(q?.cue == "déclarer", "\(verb)")
            #expect(q?.speaker?.name == "Paul Girard", "\(verb)")
        }
    }

    @Test func continuingQuoteTakesThePreviousSpeaker() {
        let text = """
        « Le projet de loi sera présenté en conseil des ministres le mois prochain », a annoncé Julie Moreau.
        « Il comprend des mesures pour les jeunes agriculteurs. »
        """
        let quotes = QuoteTestSupport.direct(text)
        #expect(quotes.count == 2)
        #expect(quotes.last?.speaker?.name == "Julie Moreau")
        #expect(quotes.last?.rule.rawValue == "continuation:previous-paragraph")
    }

    @Test func entityMentionsGiveTheCanonicalName() throws {
        let text = "« Le calendrier sera respecté », a assuré Borne."
        let doc = Tokenizer().document(from: text)
        let start = text.unicodeScalars.count - 6
        let span = doc.span(utf8: text.utf8.count - 6, text.utf8.count - 1)
        #expect(span.start == start)
        let entity = EntityMention(text: "Borne", type: .person, span: span, canonical: "Élisabeth Borne", rule: "test")
        let q = try #require(QuoteExtractor().quotes(in: doc, entities: [entity]).quotes.first)
        #expect(q.speaker?.name == "Élisabeth Borne")
        #expect(q.speaker?.mention == "Borne")
    }

    @Test func aNewPersonInTheParagraphTakesAQuoteWithoutCue() {
        let text = """
        « J’ai eu peur, mais ils ne sont pas venus jusqu’ici », dit Henriette Lemoine, 85 ans.
        Les regards sont différents plus loin. Paul-André de Montclair, un ancien ingénieur, a appris la nouvelle à la télévision. « Ce n’est pas une guerre, c’est une lutte incertaine. »
        """
        let quotes = QuoteTestSupport.direct(text)
        #expect(quotes.last?.speaker?.name == "Paul-André de Montclair")
        #expect(quotes.last?.rule.rawValue == "paragraph-subject")
    }

    @Test func aParagraphOpeningWithAQuoteTakesTheSpeakerNamedAfterIt() {
        let text = """
        « Le calme est revenu dans le quartier », a assuré le maire, Paul Martin.
        « J’ai vu des gens tomber sous les balles. » Le témoignage de Bernadette, une habitante, est poignant. « Nous avons tout laissé derrière nous », rapporte Bernadette.
        """
        let quotes = QuoteTestSupport.direct(text)
        #expect(quotes.map { $0.speaker?.name } == ["Paul Martin", "Bernadette", "Bernadette"])
        // `Le témoignage de X` names the words just quoted as X's: the speech-noun sieve, before continuation:next.
        #expect(quotes[1].rule.rawValue == "speech-noun-after")
    }

    @Test func aDescriptionOfTheCurrentSpeaker() {
        let text = """
        Europe 1 a pu interroger Valérie, l’une des prévenues, devant le domicile de Marlène Dupré.
        "On est passés devant son domicile sans nous arrêter", poursuit Valérie. "J'ai appris plus tard qu'on était devant chez elle", assure la manifestante.
        """
        #expect(QuoteTestSupport.direct(text).map { $0.speaker?.name } == ["Valérie", "Valérie"])
    }

    @Test func anAdjectiveAfterTheNounNamesAnotherOrganisation() {
        let text = """
        Trois personnes ont été blessées à Royan, selon la préfecture de Charente-Maritime.
        La tempête a fait « peu de dégâts matériels et humains », a précisé la préfecture girondine.
        """
        #expect(QuoteTestSupport.direct(text).first?.speaker?.name == "préfecture girondine")
    }

    @Test(arguments: [
        ("Le maire Éric Piolle défend son bilan. « Nous avons tenu nos engagements sur les transports », tacle-t-il.", "Éric Piolle"),
        ("« C’est une victoire pour tous les habitants du quartier », balaie Annie Lemoine, présidente de l’amicale.", "Annie Lemoine"),
        ("« Sans paysans, pas de pays », pouvait-on lire sur une banderole.", nil),
    ] as [(String, String?)])
    func anyVerbWithAnInvertedSubjectAttributes(_ text: String, _ speaker: String?) throws {
        let q = try #require(QuoteTestSupport.direct(text).last)
        #expect(q.rule.rawValue == "cue-after")
        #expect(q.speaker?.name == speaker)
        #expect(q.speaker != nil)
    }
}
