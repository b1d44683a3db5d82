import Testing
@testable import FrenchText

/// Two years coordinated (`les exercices 2010 et 2011`) or spanned after `de` (`de 2010 à 2015`) are one date
/// valued at the first; `entre 2015 et 2020` stays two.
@Suite struct DateYearPairTests {
    @Test(arguments: [
        ("Il est poursuivi pour les comptes des exercices 2010 et 2011.", ["DATE 2010 et 2011=2010"]),
        ("Elle a dirigé le service de 2010 à 2015, puis elle est partie.", ["DATE 2010 à 2015=2010"]),
        ("Les ventes ont doublé en 2018 et 2019 selon la société.", ["DATE 2018 et 2019=2018"]),
        ("Les chiffres varient entre 2015 et 2020 selon les régions.", ["DATE 2015=2015", "DATE 2020=2020"]),
        ("Comme en 2012, 2019 et 2021, il reprend l’équipe.", ["DATE 2012=2012", "DATE 2019=2019", "DATE 2021=2021"]),
    ])
    func yearPairs(text: String, expected: [String]) {
        let labels = entityLabels(text, date: "2024-06-10")
        #expect(labels.filter { $0.hasPrefix("DATE") } == expected, "\(labels)")
    }
}
