import Testing
@testable import FrenchText

/// `person-surname-list`: three or more unknown one-word names in a list are people named by surname.
@Suite struct PersonSurnameListTests {
    @Test(arguments: [
        ("Je suis fier d’avoir recruté Bernardoni, Ferhat, Duljevic, Deaux et d’autres.", ["Bernardoni", "Ferhat", "Duljevic", "Deaux"]),
        ("Contre le texte ont voté Kerbrat, Mbowa et Tchakaloff.", ["Kerbrat", "Mbowa", "Tchakaloff"]),
        ("Le coach a aligné Zinedka, Bouanga, Mvoulou ou Kanté selon les matches.", ["Zinedka", "Bouanga", "Mvoulou"]),
    ])
    func aListOfUnknownNamesIsAListOfPeople(text: String, names: [String]) {
        let labels = entityLabels(text)
        for name in names { #expect(labels.contains("PER \(name)"), "\(name) in \(labels)") }
    }

    @Test(arguments: [
        "Les pluies ont touché Goudargues, Cornillon et Montclus.",
        "La crue a frappé à Goudargues, Cornillon et Montclus.",
        "Il a cité Kerbrat et Mbowa.",
        "Elle rayonne à travers Eucor, Euridice, Udice et d’autres réseaux.",
    ])
    func placesAndShortListsAreNone(text: String) {
        #expect(!entityLabels(text).contains { $0.hasPrefix("PER") })
    }
}
