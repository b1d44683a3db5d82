import Testing
@testable import FrenchText

/// Shapes the third blind set showed: organisations behind `il`/`elle`, a speaker introduced by a speech verb with
/// an adverb in the sentence before, `Pour l’échevine écologiste X`, a unit speaking for its institution, and
/// `par la voix de`. One test per rule, on sentences written in the style of the regional press.
@Suite struct HeldOutShapesTests {
    /// Direct quotes with the whole pipeline (entities included), as `frtext report` runs it.
    static func direct(_ text: String) -> [Quote] {
        FrenchAnalyzer().analyze(text, name: "test").quotes.filter { $0.kind == .direct }
    }

    // MARK: 1. il / elle after an organisation opening the sentence before

    @Test(arguments: [
        ("« Nous attendons des actes rapides », a lancé Paul Berset, un habitant. La Fédération cantonale des producteurs de lait s’inquiète elle aussi des conséquences pour les éleveurs. Dans un communiqué, elle affirme que « la filière ne peut pas supporter un nouveau choc ».",
         "la filière ne peut pas supporter un nouveau choc", "Fédération cantonale des producteurs de lait"),
        ("La présidente de la commune, Véronique Morand, a réuni les habitants samedi. « Personne ne sera laissé seul dans cette épreuve », a-t-elle promis.\n\nLe Conseil d’État vaudois a débloqué une aide de 300 000 francs. Dans un communiqué, il indique qu’il étudiera « toutes les pistes, y compris un relogement durable » des familles.",
         "toutes les pistes, y compris un relogement durable", "Conseil d’État vaudois"),
    ])
    func pronounAfterAnOrganisationSubject(_ text: String, _ quote: String, _ speaker: String) {
        let q = Self.direct(text).first { $0.text == quote }
        #expect(q?.speaker?.name == speaker)
        #expect(q?.speaker?.kind == .organisation)
    }

    @Test func pronounOfTheOtherGenderKeepsThePerson() {
        // `il` cannot be `la Fédération`: the man who spoke before.
        let text = "« Nous attendons des actes », a lancé Paul Berset, un éleveur. La Fédération des producteurs de lait a publié un bilan. Il affirme que « le bilan oublie les petites exploitations »."
        let q = Self.direct(text).first { $0.text == "le bilan oublie les petites exploitations" }
        #expect(q?.speaker?.name == "Paul Berset")
    }

    // MARK: 2. A speech verb with adverbs in the sentence before the quote

    @Test(arguments: [
        ("Le bourgmestre, Jean-Marc Delhez, a longuement justifié l’avis favorable du collège. « Je connais les inquiétudes des riverains, et je ne les balaie pas. »", "Jean-Marc Delhez"),
        ("La réunion a duré trois heures. L’échevin des Finances, Marc Delvigne, a de nouveau rappelé les contraintes du budget. « Nous n’avons aucune marge pour de nouvelles dépenses. »", "Marc Delvigne"),
        ("La députée Claire Fontaine a vivement dénoncé le projet. « Ce texte fragilise les plus précaires de nos concitoyens. »", "Claire Fontaine"),
    ])
    func speakerInTheSentenceBefore(_ text: String, _ speaker: String) {
        let quotes = QuoteTestSupport.direct(text)
        #expect(quotes.count == 1)
        #expect(quotes.first?.speaker?.name == speaker)
    }

    @Test func followingParagraphsContinueWithThatSpeaker() {
        let text = "Le bourgmestre, Jean-Marc Delhez, a longuement justifié l’avis favorable du collège. « Je connais les inquiétudes des riverains.\n\n« Nous avons obtenu des garanties sérieuses de l’exploitant.\n\n« Refuser ce projet serait une erreur pour l’emploi local. »"
        let quotes = QuoteTestSupport.direct(text)
        #expect(quotes.count == 3)
        #expect(quotes.allSatisfy { $0.speaker?.name == "Jean-Marc Delhez" })
    }

    // MARK: 3. Pour + role noun + adjectives + name

    @Test(arguments: [
        ("L’opposition n’a pas été convaincue. Pour l’échevine écologiste Nathalie Verhaegen, « les garanties ne valent que si quelqu’un les contrôle ».", "Nathalie Verhaegen", "échevine écologiste"),
        ("Pour le conseiller communal sortant Pierre Lambotte, « cette prudence cache surtout un manque d’ambition ».", "Pierre Lambotte", "conseiller communal sortant"),
        ("Selon la syndique socialiste Anne Favre, « la commune a fait son travail dans les délais ».", "Anne Favre", "syndique socialiste"),
    ])
    func roleWithAdjectivesThenName(_ text: String, _ speaker: String, _ role: String) {
        let q = QuoteTestSupport.direct(text).first
        #expect(q?.speaker?.name == speaker)
        #expect(q?.speaker?.role == role)
    }

    // MARK: 4. A unit of an institution speaks for the institution

    @Test(arguments: [
        ("La Communauté d’agglomération du Pays de Lunel a commandé un rapport sur la salle des fêtes.\n\n« Le rapport est un outil d’aide à la décision, pas une condamnation », indique le service communication de l’agglomération.",
         "Communauté d’agglomération du Pays de Lunel"),
        ("Des travaux sont prévus rue Haute. « Les travaux commenceront au printemps prochain, sans interruption du service », précise le service urbanisme de la Ville de Lunel.",
         "Ville de Lunel"),
    ])
    func unitSpeaksForTheInstitution(_ text: String, _ speaker: String) {
        let q = Self.direct(text).first
        #expect(q?.speaker?.name == speaker)
        #expect(q?.speaker?.kind == .organisation)
    }

    // MARK: 5. par la voix de

    @Test func byTheVoiceOf() {
        let text = "Du côté des assureurs, le ton est plus mesuré. La Mutuelle romande estime, par la voix de sa porte-parole Léa Brunner, que « les cantons ont aussi leur part de responsabilité »."
        let q = QuoteTestSupport.direct(text).first
        #expect(q?.speaker?.name == "Léa Brunner")
    }

    // MARK: 6. An incise inside the marks ending with a full stop

    @Test func inciseEndingWithAFullStop() {
        let text = "L’actuel bourgmestre, Karim Lemaire, conteste cette ligne de défense. \"Il y a eu une faillite morale, a-t-il estimé au micro de la RTBF. La Ville a été la première victime de ce système.\""
        let quotes = QuoteTestSupport.direct(text)
        #expect(quotes.map(\.text) == ["Il y a eu une faillite morale", "La Ville a été la première victime de ce système."])
        #expect(quotes.allSatisfy { $0.speaker?.name == "Karim Lemaire" })
    }

    // MARK: 7. A document published by an organisation named back by its kind

    @Test func documentOfTheOrganisationNamedBack() {
        let text = "Le Collectif Parité Ouest publie les résultats de son enquête. « Le bouton d’alerte reste introuvable dans la plupart des rames », souligne Marie Roux, sa coprésidente.\n\nLe collectif adresse une lettre ouverte au président de Tisséo Collectivités. Le texte appelle « tous les usagers à signaler chaque agression au 3117 »."
        let q = Self.direct(text).first { $0.text.hasPrefix("tous les usagers") }
        #expect(q?.speaker?.name == "Collectif Parité Ouest")
        #expect(q?.cue == "appeler")
    }

    // MARK: 8. A headline quote of a press release goes to its issuer

    @Test(arguments: [
        "Association Vélo Cité Nantes – Communiqué\n\nPistes cyclables : « Il est temps que la métropole tienne ses promesses »\n\nNantes, le 4 juin 2025 – L’association publie son baromètre annuel.",
        "COMMUNIQUÉ – Association Vélo Cité Nantes\n\nPistes cyclables : « Il est temps que la métropole tienne ses promesses »\n\nNantes, le 4 juin 2025 – L’association publie son baromètre annuel.",
    ])
    func headlineQuoteOfAPressRelease(_ text: String) {
        let q = QuoteTestSupport.direct(text).first
        #expect(q?.speaker?.name == "Association Vélo Cité Nantes")
        #expect(q?.speaker?.kind == .organisation)
        #expect(q?.rule.rawValue == "release-issuer")
    }

    // MARK: 9. A title after intitulé, commas and all

    @Test func titleWithACommaAfterIntitule() {
        let text = "Les deux partis lancent une récolte de signatures. Le texte, intitulé « Loyers à 25 %, pas plus », reprend une idée rejetée en 2023."
        let quotes = QuoteTestSupport.extract(text).quotes
        #expect(quotes.map(\.text) == ["Loyers à 25 %, pas plus"])
        #expect(quotes.first?.kind == .fragment)
    }

    // MARK: 10. A title before a surname opening with its particle

    @Test func titleThenParticleSurname() {
        let text = "Son éditrice, Marie-Anne de Kerlan, se souvient du manuscrit. « Je l’ai lu d’une traite, a raconté Mme de Kerlan à notre magazine, et le lendemain j’appelais l’autrice. »"
        let quotes = QuoteTestSupport.direct(text)
        #expect(quotes.map(\.text) == ["Je l’ai lu d’une traite", "et le lendemain j’appelais l’autrice."])
        #expect(quotes.allSatisfy { $0.speaker?.name == "Marie-Anne de Kerlan" })
    }
}
