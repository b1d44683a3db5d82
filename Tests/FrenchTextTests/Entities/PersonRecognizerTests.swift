import Testing
@testable import FrenchText

@Suite struct PersonRecognizerTests {
    private func people(_ s: String) -> [String] {
        entityMentions(s).filter { $0.type == .person }.map(\.text)
    }

    @Test(arguments: [
        ("M. Volker Türk a ouvert la session extraordinaire.", ["Volker Türk"]),
        ("Interrogée sur ce point, Mme Delisle n’a pas répondu.", ["Delisle"]),
        ("Le maire Labeaume a convoqué les médias.", ["Labeaume"]),
        ("Un accord a été conclu avec le président bélarussien Alexandre Loukachenko.", ["Alexandre Loukachenko"]),
        ("« Nous continuerons », a déclaré Daniel Bekele devant la presse.", ["Daniel Bekele"]),
        ("Anna Wright, spécialiste de la région, a réagi.", ["Anna Wright"]),
        ("Le sort de Mikalai Statkevich reste inconnu.", ["Mikalai Statkevich"]),
        ("Jean-Luc Mélenchon a tenu un meeting à Lille.", ["Jean-Luc Mélenchon"]),
        ("Dans un entretien, J.-L. Mélenchon critique la réforme.", ["J.-L. Mélenchon"]),
        ("La commission a entendu Ursula von der Leyen mardi.", ["Ursula von der Leyen"]),
        ("Le régime de Bachar al-Assad est tombé.", ["Bachar al-Assad"]),
        ("Le Secrétaire général de l’association, M. Kalemba, a été convoqué.", ["Kalemba"]),
        ("Selon le texte signé par Jean DUPONT, le projet est suspendu.", ["Jean DUPONT"]),
        ("« C’est un fiasco », a lancé le député Ecolo Thomas Lambrechts en séance.", ["Thomas Lambrechts"]),
        ("Le ministre, M. Philippe Van den Bossche, a répondu aux questions.", ["Philippe Van den Bossche"]),
        ("« On veut juste des trottoirs sûrs », a expliqué sa mère, Sophie, à la sortie.", ["Sophie"]),
    ])
    func findsNamesWithoutTitles(_ sentence: String, _ expected: [String]) {
        #expect(people(sentence) == expected)
    }

    @Test(arguments: [
        "Complément d’information sur la procédure en cours.",
        "Espace journalistes et contact presse.",
        "Le lauréat du prix Nobel de la paix a été libéré.",
        "Les Rwandais ont voté dimanche.",
        "La Coupe Davis a été remportée par l’Italie.",
        "Le Musée Grévin a rouvert ses portes.",
        "Le Petit Prince reste le livre le plus traduit.",
    ])
    func ignoresCapitalisedCommonWordsAndDemonyms(_ sentence: String) {
        #expect(people(sentence).isEmpty)
    }

    @Test func surnameAfterATitleComesBackAlone() {
        #expect(people("Le secrétaire général, M. Kalemba, a été convoqué. Kalemba a refusé de répondre.") == ["Kalemba", "Kalemba"])
    }

    @Test func surnameInsideAQuotedSongTitle() {
        #expect(people("Ils ont entonné des \"Macron y a le téléfon qui son\" place Bouchard.") == ["Macron"])
    }

    @Test func namesStopAtTheEndOfTheLine() {
        #expect(people("© AFP / Thomas Samson\nMots-clés : Égalité, Violences") == ["Thomas Samson"])
    }

    @Test func surnameAloneJoinsTheFullName() {
        let ms = entityMentions("M. Volker Türk a pris la parole. Depuis janvier, a indiqué M. Türk, les combats ont repris. Türk a conclu.")
        let per = ms.filter { $0.type == .person }
        #expect(per.map(\.text) == ["Volker Türk", "Türk", "Türk"])
        #expect(per.allSatisfy { $0.canonical == "Volker Türk" })
    }


    // MARK: - Harder names

    @Test(arguments: [
        ("Jean-Baptiste N’Diaye, porte-parole du collectif, a pris la parole.", ["Jean-Baptiste N’Diaye"]),
        ("Le conseil a entendu Mme de Valmont mardi soir.", ["de Valmont"]),
        ("Issoufou Maman Sani, ministre nigérien, était présent.", ["Issoufou Maman Sani"]),
        ("Alpha Kaboré, agriculteur à Koudougou, dénonce la hausse des prix.", ["Alpha Kaboré"]),
        ("Le rapport documente le cas du journaliste guinéen Alpha Oumar Sow-Bangoura, porté disparu.", ["Alpha Oumar Sow-Bangoura"]),
        ("Rose Tremblay, mère de trois enfants, craint pour l’avenir.", ["Rose Tremblay"]),
        ("Mélodie Fortin-Ashini a pris la parole au nom de la communauté innue.", ["Mélodie Fortin-Ashini"]),
        ("Marine Le Pen et Jordan Bardella ont réagi dans la soirée.", ["Marine Le Pen", "Jordan Bardella"]),
    ])
    func findsHarderNames(_ sentence: String, _ expected: [String]) {
        #expect(people(sentence) == expected)
    }

    @Test(arguments: [
        "Le prix Nobel Ales Bialiatski reste emprisonné.",
        "Selon Kaboré, la situation est grave.",
        "Village Kaboré a été inondé par la crue.",
    ])
    func doesNotGrowNamesOverCommonWords(_ sentence: String) {
        #expect(!people(sentence).contains { $0.hasPrefix("Nobel") || $0.hasPrefix("Selon") || $0.hasPrefix("Village") })
    }
}
