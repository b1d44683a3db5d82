import Testing
@testable import FrenchText

/// Shapes met on unseen French news that the first rules missed: one test per rule, on sentences
/// written in the style of the regional and national press.
@Suite struct UnseenShapesTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let text: String
        let quotes: [String]
        let speaker: String?
        var testDescription: String { String(text.prefix(60)) }
    }

    // MARK: 1. An incise inside the marks with a complement after the speaker

    @Test(arguments: [
        Case(text: "L’autrice Claire Duval publie un nouveau roman.\n\n« Je l’ai relu deux fois, a raconté Mme Duval à notre journal, et j’ai tout de suite appelé l’éditrice. »",
             quotes: ["Je l’ai relu deux fois", "et j’ai tout de suite appelé l’éditrice."], speaker: "Claire Duval"),
        Case(text: "Sophie Lambert tient une librairie à Rennes. « Les clients le réclament déjà, confie-t-elle au Parisien, et nous avons doublé la commande. »",
             quotes: ["Les clients le réclament déjà", "et nous avons doublé la commande."], speaker: "Sophie Lambert"),
        Case(text: "Le maire, Paul Girard, a réagi mardi. « Nous ne laisserons pas faire, explique le maire dans un communiqué, car la ville mérite mieux. »",
             quotes: ["Nous ne laisserons pas faire", "car la ville mérite mieux."], speaker: "Paul Girard"),
        Case(text: "Marc Dupont préside le club depuis 2019. « Nous avons besoin d’un nouveau gymnase, selon lui, sinon le club devra refuser des enfants. »",
             quotes: ["Nous avons besoin d’un nouveau gymnase", "sinon le club devra refuser des enfants."], speaker: "Marc Dupont"),
    ])
    func inciseWithComplement(_ c: Case) {
        let quotes = QuoteTestSupport.direct(c.text)
        #expect(quotes.map(\.text) == c.quotes)
        #expect(quotes.allSatisfy { $0.speaker?.name == c.speaker && $0.rule.rawValue == "incise-inside" })
    }

    // MARK: 2. Titles of works

    @Test(arguments: [
        ("Claire Duval présente son roman « Les Heures pâles » à la librairie du centre.", "Les Heures pâles"),
        ("Le réalisateur a été récompensé pour le film « La Nuit du 12 » samedi soir.", "La Nuit du 12"),
        ("La chanteuse a sorti l’album « Chansons pour demain » en mars.", "Chansons pour demain"),
        ("Le tube « Danse avec le vent » passe en boucle sur les radios locales.", "Danse avec le vent"),
        ("Le dernier spectacle de la troupe, intitulé « Rien ne se perd », affiche complet.", "Rien ne se perd"),
        ("Le prix a été remis jeudi à Nantes. « Les Heures pâles » a reçu le prix des lecteurs.", "Les Heures pâles"),
        ("Le succès de « La Nuit du 12 » a surpris jusqu’aux producteurs.", "La Nuit du 12"),
        ("« Les Heures pâles », le premier roman de Claire Duval, a reçu le prix des lecteurs.", "Les Heures pâles"),
        ("La troupe jouera « Le Malade imaginaire » au théâtre de Vannes en décembre.", "Le Malade imaginaire"),
        ("Le nouveau spectacle de la compagnie s’intitule « Rien ne se perd jamais vraiment » et tourne en Bretagne.", "Rien ne se perd jamais vraiment"),
    ])
    func titleOfAWorkIsAFragment(_ text: String, _ title: String) {
        let quotes = QuoteTestSupport.extract(text).quotes
        #expect(quotes.map(\.text) == [title])
        #expect(quotes.first?.kind == .fragment)
    }

    /// The name of a project or programme quoted right after its noun is no one's words (`quote_programme_nouns.txt`).
    @Test(arguments: [
        ("Le ministre a lancé samedi le projet « une ferme, un forage » à Ouagadougou.", "une ferme, un forage"),
        ("La ville adopte le plan « zéro déchet en 2030 » pour ses cantines.", "zéro déchet en 2030"),
        ("Les jeunes du quartier participent au programme « un été, un métier » depuis juin.", "un été, un métier"),
        ("Le maire a salué l’initiative « une rue, un arbre » portée par les habitants.", "une rue, un arbre"),
    ])
    func nameOfAProgrammeIsAFragment(_ text: String, _ name: String) {
        let quotes = QuoteTestSupport.extract(text).quotes
        #expect(quotes.map(\.text) == [name])
        #expect(quotes.first?.kind == .fragment)
    }

    @Test func shortQuoteWithACueAfterStaysAQuote() {
        let quotes = QuoteTestSupport.direct("Le directeur de l’hôpital, Marc Durand, a remercié les équipes. « Bravo à toute l’équipe de soignants » a lancé M. Durand.")
        #expect(quotes.map(\.text) == ["Bravo à toute l’équipe de soignants"])
        #expect(quotes.first?.speaker?.name == "Marc Durand")
    }

    @Test(arguments: [
        "Pour le maire de Vannes, c’est « Une victoire historique pour la ville ».",
        "Le préfet a dénoncé « Une dérive inacceptable » dans un communiqué publié mardi.",
        "Selon la présidente de l’association, « Une honte pour tout le quartier »."
    ])
    func capitalisedSpeechIntroducedAsSuchStaysAQuote(_ text: String) {
        #expect(QuoteTestSupport.direct(text).count == 1)
    }

    @Test func partialQuoteAfterASpeechVerbAndADeterminer() {
        let quotes = QuoteTestSupport.direct("Le syndicat Force ouvrière dénonce des « suppressions de postes déguisées en départs volontaires ».")
        #expect(quotes.map(\.text) == ["suppressions de postes déguisées en départs volontaires"])
    }

    @Test func scareQuotesAfterADeterminerStayFragments() {
        let quotes = QuoteTestSupport.extract("Le site relaie depuis des mois les « fausses informations du jour » sans aucune vérification.").quotes
        #expect(quotes.map(\.kind) == [.fragment])
    }

    // MARK: 3. l’entreprise, le syndicat: the organisation introduced with that kind

    @Test func organisationNounResolvesToTheOrganisationOfItsKind() {
        let text = """
        Du côté de Logimax Ouest, on promet une reprise rapide des livraisons. Le syndicat CFDT reste sceptique. \
        Jean Moreau, délégué CFDT, a rencontré le préfet mardi.

        « Aucun emploi ne sera supprimé dans l’entrepôt de Vitré », assure l’entreprise dans un courrier adressé aux salariés.

        La société Bretagne Fret, elle, refuse de commenter.

        « Nous attendons des garanties écrites de la direction », affirme le syndicat dans un tract.
        """
        let quotes = QuoteTestSupport.direct(text)
        #expect(quotes.map { $0.speaker?.name } == ["Logimax Ouest", "CFDT"])
        #expect(quotes.first?.speaker?.kind == .organisation)
    }

    @Test func directionIsTheCompanyNamedAsSuch() {
        let text = "La société Garonne Emballages a annoncé la fermeture de son site. Le maire, Luc Ferrand, a demandé des explications. « Le reclassement de chaque salarié sera proposé », précise la direction."
        #expect(QuoteTestSupport.direct(text).first?.speaker?.name == "Garonne Emballages")
    }

    @Test func associationNameRunsOnThroughEt() {
        let text = "L’association Eau et Rivières de Bretagne a déposé un recours. Son porte-parole, Arnaud Clugery, s’en explique. « Les algues vertes tuent encore sur nos plages », dénonce l’association."
        #expect(QuoteTestSupport.direct(text).first?.speaker?.name == "Eau et Rivières de Bretagne")
    }

    @Test func syndicatIsTheKnownUnionNotTheCompany() {
        let text = "La CGT et la direction de Stellantis se sont rencontrées mardi à Rennes. « Aucun accord n’a été trouvé sur les salaires », regrette le syndicat."
        #expect(QuoteTestSupport.direct(text, entities: FrenchAnalyzer().analyze(text).entities).first?.speaker?.name == "CGT")
    }

    @Test func companyNamedWithoutItsKindIsNotAUnion() {
        let text = "Logimax a annoncé la fermeture de son entrepôt de Vitré. Le syndicat CFDT dénonce une décision brutale. Jean Moreau, délégué syndical, a écrit au préfet.\n\n« Tous les salariés se verront proposer un reclassement », assure l’entreprise dans un courrier."
        #expect(QuoteTestSupport.direct(text).first?.speaker?.name == "Logimax")
    }

    // MARK: 4. iel

    @Test func ielResolvesToThePersonWithInclusiveAgreement() {
        let text = """
        Camille Martin, coordinateur·rice de l’association Toit pour tous, suit le dossier depuis trois ans.

        Paul Roux parle d’une urgence absolue. La Fondation Abbé Pierre partage ce constat.

        « Les familles ne peuvent plus attendre des mois un logement d’urgence », ajoute iel.
        """
        let q = QuoteTestSupport.direct(text).first
        #expect(q?.speaker?.name == "Camille Martin")
        #expect(q?.speaker?.gender == .nonBinary)
    }

    @Test func ielResolvesToThePersonWithInclusiveAgreementInThePredicate() {
        let text = "Alex Bernard est militant·e au sein de l’association Pride Lille. Le maire, Jean Petit, a reçu la délégation.\n\n« Nous voulons une vraie politique d’accueil pour les jeunes », explique iel."
        let q = QuoteTestSupport.direct(text).first
        #expect(q?.speaker?.name == "Alex Bernard")
        #expect(q?.speaker?.gender == .nonBinary)
    }

    @Test func ielResolvesToThePersonTheTextCallsIel() {
        let text = "Sacha Dupont milite depuis dix ans pour l’accueil des personnes exilées. Iel anime une permanence. Le maire, Marc Leroy, n’a pas répondu.\n\n« Nous tenons la permanence tous les mardis depuis deux ans », raconte iel."
        let q = QuoteTestSupport.direct(text).first
        #expect(q?.speaker?.name == "Sacha Dupont")
        #expect(q?.speaker?.gender == .nonBinary)
    }

    // MARK: 5. Full names before a colon or after `Pour`

    @Test(arguments: [
        Case(text: "Les habitants du quartier sont inquiets.\n\nJean-Baptiste N’Diaye : « Nous avons perdu trois commerces en un an et personne ne réagit. »",
             quotes: ["Nous avons perdu trois commerces en un an et personne ne réagit."], speaker: "Jean-Baptiste N’Diaye"),
        Case(text: "Pour Issoufou Maman Sani, « la ville a oublié ses quartiers nord depuis longtemps ».",
             quotes: ["la ville a oublié ses quartiers nord depuis longtemps"], speaker: "Issoufou Maman Sani"),
    ])
    func fullNameBeforeTheQuote(_ c: Case) {
        let quotes = QuoteTestSupport.direct(c.text)
        #expect(quotes.map(\.text) == c.quotes)
        #expect(quotes.first?.speaker?.name == c.speaker)
    }

    @Test func possessiveRoleWithApposedNameBeforeAColon() {
        let text = "Le député Pierre Le Floch a écrit au ministre. Sa collègue sénatrice, Anne Garreau, partage son avis : « Fermer cette maternité, c’est abandonner tout un territoire. »"
        #expect(QuoteTestSupport.direct(text).first?.speaker?.name == "Anne Garreau")
    }

    @Test func firstNameAloneIsThePersonNamedInFull() {
        let text = "Julie Martin, sage-femme à l’hôpital depuis quinze ans, ne cache pas sa colère. « On nous a prévenus par mail, un vendredi soir », explique Julie."
        #expect(QuoteTestSupport.direct(text).first?.speaker?.name == "Julie Martin")
    }

    @Test(arguments: [
        ("« Nous ne renoncerons à aucun investissement », fait savoir la mairie de Lorient dans un communiqué.", "mairie de Lorient", "faire savoir"),
        ("« Les négociations doivent reprendre dès lundi », fait valoir Sophie Binet, secrétaire générale de la CGT.", "Sophie Binet", "faire valoir"),
        ("« Ce n’est pas une sanction mais une mesure de prudence », tient à préciser Marc Dupuis, directeur de l’établissement.", "Marc Dupuis", "préciser"),
        ("« Nous espérons une réouverture avant l’été », veut croire Claire Fontaine, gérante du restaurant.", "Claire Fontaine", "vouloir croire"),
        ("« Les travaux ont pris du retard à cause des intempéries », a tenu à rappeler le président de la région, Loïg Chesnais-Girard.", "Loïg Chesnais-Girard", "rappeler"),
        // (a light verb taking `de`, an object pronoun before the infinitive)
        ("« Ne cherchez pas, l’atelier va fermer », tentait de leur expliquer Marc Dupuis, le directeur du site.", "Marc Dupuis", "expliquer"),
        ("« Rien n’est encore décidé pour la rentrée », essaie de nous rassurer Claire Fontaine, la proviseure.", "Claire Fontaine", "rassurer"),
        ("« Vous serez tous reclassés », a tenté de promettre le directeur du site, Marc Dupuis.", "Marc Dupuis", "promettre"),
        ("« Nous devons rester unis », tient à leur rappeler Claire Fontaine, la présidente du club.", "Claire Fontaine", "rappeler"),
    ])
    func lightVerbWithASpeechInfinitive(_ text: String, _ speaker: String, _ cue: String) {
        let q = QuoteTestSupport.direct(text).first
        #expect(q?.speaker?.name == speaker)
        #expect(q?.cue == cue)
    }

    @Test func colonAfterChez() {
        let q = QuoteTestSupport.direct("Même constat chez Hélène Marchand, directrice de l’école : « Les effectifs baissent depuis cinq ans dans tout le secteur. »").first
        #expect(q?.speaker?.name == "Hélène Marchand")
        #expect(q?.rule.rawValue == "colon-chez")
    }

    @Test(arguments: [
        ("Réaction d’Amadou Ba Diop, président de l’amicale : « Nous sommes soulagés après des mois d’attente. »", "Amadou Ba Diop"),
        ("Le témoignage de Fatou N’Diaye est accablant : « On m’a refusé le logement à cause de mon nom. »", "Fatou N’Diaye"),
    ])
    func colonAfterWhatSomeoneSaid(_ text: String, _ speaker: String) {
        #expect(QuoteTestSupport.direct(text).first?.speaker?.name == speaker)
    }

    @Test(arguments: [
        ("« Les contrôles seront renforcés tout l’été sur les plages », indique-t-on à la préfecture du Morbihan.", "préfecture du Morbihan"),
        ("« Aucun licenciement n’est prévu à ce stade », assure-t-on chez Logimax Ouest.", "Logimax Ouest"),
        ("« Le dossier est à l’étude », explique-t-on au ministère de l’Intérieur.", "ministère de l’Intérieur"),
    ])
    func invertedOnWithThePlaceThatSpeaks(_ text: String, _ speaker: String) {
        let q = QuoteTestSupport.direct(text).first
        #expect(q?.speaker?.name == speaker)
        #expect(q?.speaker?.kind == .organisation)
    }

    @Test func onAfterDuCoteDe() {
        let q = QuoteTestSupport.direct("Du côté de Logimax Ouest, on promet que « les livraisons reprendront dès la semaine prochaine ».").first
        #expect(q?.speaker?.name == "Logimax Ouest")
        #expect(q?.speaker?.kind == .organisation)
    }

    @Test func genericMasculineRoleDoesNotMakeTheMayorAMan() {
        let text = "Le maire de Quimper, Isabelle Assih, a rencontré mardi le préfet. « Nous avons obtenu des engagements précis sur le calendrier », se réjouit l’élue."
        let q = QuoteTestSupport.direct(text).first
        #expect(q?.speaker?.name == "Isabelle Assih")
        #expect(q?.speaker?.gender == .female)
    }

    @Test func celuiCiIsThePersonNamedLast() {
        let text = "Jean Le Roux, président de l’association des commerçants, reste prudent. Son homologue de Brest, Marc Guivarc’h, partage cette prudence. « Les promesses, on en a déjà eu beaucoup », ironise celui-ci."
        #expect(QuoteTestSupport.direct(text).first?.speaker?.name == "Marc Guivarc’h")
    }

    @Test func descriptionFromAWordOfTheStatedRole() {
        let text = "Jean Le Roux, président de l’association des commerçants, reste prudent. « On attend de voir les premiers coups de pioche », tempère le commerçant."
        #expect(QuoteTestSupport.direct(text).first?.speaker?.name == "Jean Le Roux")
    }

    // MARK: 6. An organisation before its cue verb

    @Test func organisationEntityDoesNotSwallowItsCue() throws {
        let text = "Les primes d’assurance maladie vont encore augmenter.\n\nLe Groupe Mutuel estime que « la hausse sera contenue sous les cinq pour cent »."
        let doc = Tokenizer().document(from: text, name: "test")
        let range = try #require(text.range(of: "Groupe Mutuel estime"))
        // An entity tagger that took the verb in (as it may on unseen text).
        let entity = EntityMention(text: "Groupe Mutuel estime", type: .organisation, span: doc.span(range), canonical: "Groupe Mutuel estime", rule: "test")
        let q = QuoteExtractor().quotes(in: doc, entities: [entity]).quotes.first { $0.kind == .direct }
        #expect(q?.speaker?.name == "Groupe Mutuel")
        #expect(QuoteTestSupport.direct(text).first?.speaker?.name == "Groupe Mutuel")
    }

    // MARK: 7. Paragraph continuation

    @Test func newPersonBetweenParagraphsTakesTheQuote() {
        let text = """
        Le chantier de la rocade divise les habitants.

        « Nous demandons un moratoire sur les travaux », a déclaré Marie Lenoir, présidente de l’association des riverains. \
        Karim Benali, porte-parole du collectif Vivre Ensemble, ne partage pas cet avis.

        « Le chantier apportera des emplois au quartier, il faut le reconnaître. »
        """
        #expect(QuoteTestSupport.direct(text).map { $0.speaker?.name } == ["Marie Lenoir", "Karim Benali"])
    }

    @Test func quoteParagraphInheritsWhenNobodyElseIsNamed() {
        let text = """
        Le chantier de la rocade divise les habitants.

        « Nous demandons un moratoire sur les travaux », a déclaré Marie Lenoir, présidente de l’association des riverains. Le chantier doit durer deux ans.

        « Les enfants ne peuvent plus jouer dehors à cause du bruit. »
        """
        #expect(QuoteTestSupport.direct(text).map { $0.speaker?.name } == ["Marie Lenoir", "Marie Lenoir"])
    }

    @Test func somebodyElseNamedInBetweenStopsTheInheritance() {
        let text = """
        « Nous demandons un moratoire sur les travaux », a déclaré Marie Lenoir, présidente de l’association des riverains.

        La réunion s’est tenue mardi soir en présence de Jean Dupuis et de plusieurs élus.

        « Les travaux reprendront comme prévu le 3 mars prochain. »
        """
        let speakers = QuoteTestSupport.direct(text).map { $0.speaker?.name }
        #expect(speakers.first == "Marie Lenoir")
        #expect(speakers.count == 2 && speakers.last != "Marie Lenoir")
    }

    @Test func personNamedAfterAnIndirectSpeechTakesTheQuote() {
        let text = """
        Marie Lenoir a été reçue à la préfecture. Elle y a dit son inquiétude : « Nous demandons un moratoire sur les travaux.

        « Les enfants ne peuvent plus jouer dehors à cause du bruit. »

        Selon le préfet, Jean Morel, les travaux respectent les normes. Karim Benali, porte-parole du collectif Vivre Ensemble, se dit lui aussi inquiet.

        « Personne ne nous a consultés avant le début du chantier. »
        """
        let speakers = QuoteTestSupport.direct(text).map { $0.speaker?.name }
        #expect(speakers == ["Marie Lenoir", "Marie Lenoir", "Karim Benali"])
    }
}
