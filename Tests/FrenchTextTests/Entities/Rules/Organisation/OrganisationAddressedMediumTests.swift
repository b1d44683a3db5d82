import Testing
@testable import FrenchText

/// `organisation-addressed-medium`: after a speech verb or a noun of statements and `à`, a capitalised name that is
/// no person and no known place is the medium the speaker talks to.
@Suite struct OrganisationAddressedMediumTests {
    @Test(arguments: [
        ("Dans une déclaration à Radio Kalima, le ministre a démenti toute démission.", "Radio Kalima"),
        ("« Rien n’est décidé », a déclaré à Kalima Hebdo le secrétaire général du syndicat.", "Kalima Hebdo"),
        ("« La grève continue », a indiqué à Rivages Infos Me Paul Girard, avocat des salariés.", "Rivages Infos"),
        ("Dans un entretien à Zénith Hebdo, l’ancienne présidente revient sur son départ.", "Zénith Hebdo"),
        ("Le directeur a confié à Lumière 24 que l’usine fermerait avant l’été.", "Lumière 24"),
    ])
    func aNameAfterASpeechVerbAndAIsTheMedium(text: String, name: String) {
        #expect(candidates(text, by: .organisationAddressedMedium) == [name], "\(candidates(text, by: .organisationAddressedMedium))")
        #expect(entityLabels(text).contains("ORG \(name)"), "\(entityLabels(text))")
    }

    @Test(arguments: [
        // A person: the addressee's first name.
        "Le maire a confié à Marie Dupont la présidence du comité des fêtes.",
        // A known place: where the words were said.
        "« Nous ne céderons pas », a déclaré à Genève la rapporteuse spéciale.",
        // A saint's name: a town.
        "Voici ce qui a été convenu à Saint Aubin la semaine dernière.",
        // A reflexive verb: a fire broke out in a town.
        "Un incendie s’est déclaré à Kerlouan dans la nuit de samedi.",
        // No speech verb before à.
        "Le club a fait confiance à Bernardin pour la saison prochaine.",
    ])
    func otherNamesAfterAAreNoMedium(text: String) {
        #expect(candidates(text, by: .organisationAddressedMedium).isEmpty, "\(candidates(text, by: .organisationAddressedMedium))")
    }
}
