import Testing
@testable import FrenchText

@Suite struct DateRecognizerTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let sentence: String
        let date: String?
        let expected: [String]
        var relative = false
        var testDescription: String { sentence }
    }

    @Test(arguments: [
        Case(sentence: "Le 1er septembre 2025, 52 personnes ont été libérées.", date: nil, expected: ["DATE 1er septembre 2025=2025-09-01"]),
        Case(sentence: "L’audience s’est tenue mardi 3 avril 2018 à huis clos.", date: nil, expected: ["DATE mardi 3 avril 2018=2018-04-03"]),
        Case(sentence: "Le texte a été adopté le 3. Avril 2018 par le Parlement.", date: nil, expected: ["DATE 3. Avril 2018=2018-04-03"]),
        Case(sentence: "Le jugement, rendu le 30/06/2011, a été confirmé.", date: nil, expected: ["DATE 30/06/2011=2011-06-30"]),
        Case(sentence: "La grève a commencé en juillet 2014 dans les usines.", date: nil, expected: ["DATE juillet 2014=2014-07"]),
        Case(sentence: "Les travaux reprendront en septembre 2025, selon la mairie.", date: nil, expected: ["DATE septembre 2025=2025-09"]),
        Case(sentence: "La loi est en vigueur depuis 2018 et sera revue en 2025.", date: nil, expected: ["DATE 2018=2018", "DATE 2025=2025"]),
        Case(sentence: "Le défilé du 14 juillet a réuni des milliers de spectateurs.", date: "2024-07-15", expected: ["DATE 14 juillet=2024-07-14"]),
        Case(sentence: "Le défilé du 14 juillet a réuni des milliers de spectateurs.", date: nil, expected: ["DATE 14 juillet=nil"]),
        Case(sentence: "Le festival aura lieu du 22 septembre au 30 septembre 2012 dans le parc.", date: nil,
             expected: ["DATE 22 septembre=2012-09-22", "DATE 30 septembre 2012=2012-09-30"]),
        Case(sentence: "Exposition : 22 septembre – 30 septembre 2012", date: nil,
             expected: ["DATE 22 septembre=2012-09-22", "DATE 30 septembre 2012=2012-09-30"]),
        Case(sentence: "Les négociations se tiendront du 1er au 3 mars 2026 à Genève.", date: nil,
             expected: ["DATE 1er au 3 mars 2026=2026-03-01", "LOC Genève"]),
        Case(sentence: "L’enquête a été menée entre le 1er et le 15 février auprès de 2 000 personnes.", date: "2021-03-08",
             expected: ["DATE 1er=2021-02-01", "DATE 15 février=2021-02-15"]),
        Case(sentence: "Le ministre a démissionné hier soir.", date: "2014-06-02", expected: ["DATE hier=2014-06-01"], relative: true),
        Case(sentence: "Le rapport publié aujourd’hui accable le gouvernement.", date: "2014-06-02", expected: ["DATE aujourd’hui=2014-06-02"], relative: true),
        Case(sentence: "La semaine dernière, les syndicats ont manifesté.", date: "2014-06-02", expected: ["DATE La semaine dernière=2014-W22"], relative: true),
        Case(sentence: "Le ministre a démissionné hier soir.", date: nil, expected: [], relative: true),
        Case(sentence: "Le ministre a démissionné hier soir.", date: "2014-06-02", expected: []),
        Case(sentence: "Elle a disparu dans la nuit du 15 au 16 décembre 2020.", date: nil, expected: ["DATE 15 au 16 décembre 2020=2020-12-15"]),
        Case(sentence: "Les journées se tiendront du 5 au 9 mai.", date: "2024-03-01", expected: ["DATE 5 au 9 mai=2024-05-05"]),
        Case(sentence: "Au mois d’août, le camping affiche complet.", date: "2020-07", expected: ["DATE mois d’août=2020-08"]),
        Case(sentence: "Les travaux reprendront début mars.", date: "2020-01-10", expected: ["DATE début mars=2020-03"]),
        Case(sentence: "Le rassemblement aura lieu dimanche 7 à Liège.", date: "2024-04-02", expected: ["DATE dimanche 7=2024-04-07", "LOC Liège"]),
        Case(sentence: "Le rassemblement a eu lieu dimanche 31 à Liège.", date: "2024-04-02", expected: ["DATE dimanche 31=2024-03-31", "LOC Liège"]),
        Case(sentence: "La réunion de mardi 12 h est annulée.", date: "2024-03-02", expected: []),
        Case(sentence: "Bilans de 2023 et de 2024 : la réunion du mardi 12 mars a tout changé.", date: nil, expected: ["DATE 2023=2023", "DATE 2024=2024", "DATE mardi 12 mars=2024-03-12"]),
        Case(sentence: "Bilans de 2023 et de 2024 : la réunion du dimanche 12 mars a tout changé.", date: nil, expected: ["DATE 2023=2023", "DATE 2024=2024", "DATE dimanche 12 mars=2023-03-12"]),
        Case(sentence: "Grève : les étudiants se mobilisent (18/10/2022)", date: nil, expected: ["DATE 18/10/2022=2022-10-18"]),
        Case(sentence: "Les travaux, lancés en juin, s’achèveront fin octobre.", date: "2023-09-01", expected: ["DATE juin=2023-06", "DATE fin octobre=2023-10"]),
        Case(sentence: "Les travaux commenceront à l’été 2025 et dureront jusqu’à la mi-mars.", date: "2024-10-18",
             expected: ["DATE été 2025=2025", "DATE mi-mars=2024-03"]),
        Case(sentence: "Dans les années 2000, le budget 2023-2024 n’existait pas.", date: nil,
             expected: ["DATE années 2000=2000", "DATE 2023-2024=nil"]),
        Case(sentence: "Les effectifs reculent par rapport à 2024 ; le plan humanitaire 2025 est sous-financé.", date: nil,
             expected: ["DATE 2024=2024", "DATE 2025=2025"]),
        Case(sentence: "La campagne aura lieu du lundi 16 au samedi 21 avril.", date: "2018-04-10",
             expected: ["DATE lundi 16 au samedi 21 avril=2018-04-16"]),
        Case(sentence: "Le chantier durera jusqu’à la fin du mois de septembre, avant la votation de février.", date: "2024-11-22",
             expected: ["DATE fin du mois de septembre=2024-09", "DATE février=2024-02"]),
        Case(sentence: "L’usine a fermé le 3 décembre dernier.", date: "2024-02-10", expected: ["DATE 3 décembre dernier=2023-12-03"]),
        Case(sentence: "Le procès s’ouvrira le 5 janvier prochain.", date: "2024-11-20", expected: ["DATE 5 janvier prochain=2025-01-05"]),
        Case(sentence: "Le Conseil se réunira le 15 mars prochain.", date: "2024-02-10", expected: ["DATE 15 mars prochain=2024-03-15"]),
    ])
    func recognisesAndNormalises(_ c: Case) {
        #expect(entityLabels(c.sentence, date: c.date, relativeDates: c.relative).filter { $0.hasPrefix("DATE") || $0.hasPrefix("LOC") } == c.expected)
    }

    @Test(arguments: [
        "Il a été condamné à sept ans de prison et à trois ans de mise à l’épreuve.",
        "Près de 2 000 personnes ont manifesté, dont 1500 à Paris.",
        "La réunion a commencé à 11h et s’est terminée vers 13h30.",
        "Ce samedi, les Gilets jaunes ont défilé pour la vingtième fois.",
        "Près de 2000 personnes ont été déplacées.",
        "Le billet coûte 1990 € et le loyer atteint plus de 2010 francs.",
    ])
    func ignoresDurationsNumbersTimesAndWeekdays(_ sentence: String) {
        #expect(entityMentions(sentence).filter { $0.type == .date }.isEmpty)
    }

    @Test func dateWithoutYearTakesTheDatelineYear() {
        let text = "(New York, le 2 juin 2014) – L’organisation publiera son rapport le 14 juillet."
        #expect(entityLabels(text).filter { $0.hasPrefix("DATE") } == ["DATE 2 juin 2014=2014-06-02", "DATE 14 juillet=2014-07-14"])
        #expect(EntityTagger().documentDate(in: Tokenizer().document(from: text))?.iso == "2014-06-02")
    }

    @Test func aHistoricalDateDoesNotDateTheDocument() {
        let filler = String(repeating: "Les associations laïques rappellent leurs principes devant les élus locaux. ", count: 10)
        let text = filler + "La loi du 9 décembre 1905 reste citée. Le 12 mars 2024, le Conseil a rendu son avis. Une réunion suivra le 14 juillet."
        #expect(EntityTagger().documentDate(in: Tokenizer().document(from: text))?.iso == "2024-03-12")
        #expect(entityMentions(text).last?.value == "2024-07-14")
    }

    @Test func monthWithItsYearAnchorsYearlessDates() {
        let text = "Précarité étudiante : enquête de novembre 2024. Jeudi 14 novembre, les syndicats ont manifesté."
        #expect(entityLabels(text).filter { $0.hasPrefix("DATE") } == ["DATE novembre 2024=2024-11", "DATE Jeudi 14 novembre=2024-11-14"])
    }

    @Test func explicitDocumentDateWins() {
        let text = "Le 2 juin 2014, l’ONG a publié un rapport. Le 14 juillet, elle a tenu une conférence."
        #expect(entityMentions(text, date: "2015-01-10").last?.value == "2015-07-14")
    }

    @Test(arguments: [
        ("2014-06-02", "day", -1, "2014-06-01"),
        ("2024-03-01", "day", -1, "2024-02-29"),
        ("2025-01-01", "day", -1, "2024-12-31"),
        ("2014-06-02", "week", -1, "2014-W22"),
        ("2021-01-03", "week", 0, "2020-W53"),
        ("2014-01-15", "month", -1, "2013-12"),
        ("2014-06-02", "year", 1, "2015"),
    ])
    func shiftsDates(_ iso: String, _ unit: String, _ amount: Int, _ expected: String) {
        #expect(DateNormalizer.shift(iso, unit: unit, by: amount) == expected)
    }

    @Test func reportsGranularity() {
        let ms = entityMentions("Le 2 juin 2014, en juillet 2014 et depuis 1994, hier encore.", date: "2014-06-02", relativeDates: true)
        #expect(ms.map(\.granularity) == [.day, .month, .year, .day])
        #expect(DateGranularity(isoValue: "2014-W22") == .week)
    }

    @Test func refusesImpossibleDates() {
        #expect(DateNormalizer.iso(year: 2023, month: 2, day: 29) == nil)
        #expect(DateNormalizer.iso(year: 2024, month: 2, day: 29) == "2024-02-29")
        #expect(DateNormalizer.iso(year: 2024, month: 13) == nil)
    }


    // MARK: - Yearless numeric dates and months in ranges

    @Test(arguments: [
        Case(sentence: "Un incendie s’est déclaré dans la nuit du 30/06 au 1er juillet.", date: "2025-07-02",
             expected: ["DATE 30/06=2025-06-30", "DATE 1er juillet=2025-07-01"]),
        Case(sentence: "Une étude publiée le 15/04 montre une hausse.", date: "2024-05-01", expected: ["DATE 15/04=2024-04-15"]),
        Case(sentence: "Les prix ont baissé entre juin et août 2025.", date: nil, expected: ["DATE juin=2025-06", "DATE août 2025=2025-08"]),
        Case(sentence: "Entre mars et mai, la production a reculé de 4 %.", date: "2024-06-10", expected: ["DATE mars=2024-03", "DATE mai=2024-05"]),
    ])
    func datesWithoutTheirYear(_ c: Case) {
        #expect(entityLabels(c.sentence, date: c.date).filter { $0.hasPrefix("DATE") } == c.expected)
    }

    @Test(arguments: ["Près de 3/10 des ménages sont touchés.", "Le service fonctionne 24/24 et 7j/7.", "Il a obtenu 15/20 de moyenne."])
    func fractionsAreNotDates(_ sentence: String) {
        #expect(entityLabels(sentence, date: "2025-01-01").filter { $0.hasPrefix("DATE") }.isEmpty)
    }
}
