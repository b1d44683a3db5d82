import Testing
@testable import FrenchText

/// `la fin de 2009`, `fin du mois de novembre`, `fin d’octobre 2021`, `fin de l’année 2021`, `fin des années 1980`:
/// the boundary and its `de` belong to the date, which keeps its own value.
@Suite struct DateBoundaryOfTests {
    @Test(arguments: [
        ("Le taux est tombé à 15 % à la fin de 2009.", "DATE fin de 2009=2009"),
        ("À la fin du mois de novembre, le conseil a voté le budget.", "DATE fin du mois de novembre=2024-11"),
        ("Les travaux ont repris à la fin du mois de mars 2015 dans le quartier.", "DATE fin du mois de mars 2015=2015-03"),
        ("En cette fin d’octobre 2021, la convention a été signée.", "DATE fin d’octobre 2021=2021-10"),
        ("Rien ne changera d’ici la fin de l’année 2021, a-t-elle dit.", "DATE fin de l’année 2021=2021"),
        ("Il faut remonter à la fin des années 1980 pour un tel chiffre.", "DATE fin des années 1980=1980"),
        ("Le chantier commencera au début de 2026.", "DATE début de 2026=2026"),
    ])
    func boundaryAndDeJoinTheDate(text: String, expected: String) {
        let labels = entityLabels(text, date: "2024-06-10")
        #expect(labels.contains(expected), "\(labels)")
    }

    @Test func theEndOfANamedMonthOfFastIsNoDate() {
        let labels = entityLabels("Les fidèles célèbrent la fin du mois de jeûne.", date: "2024-06-10")
        #expect(!labels.contains { $0.hasPrefix("DATE") }, "\(labels)")
    }
}
