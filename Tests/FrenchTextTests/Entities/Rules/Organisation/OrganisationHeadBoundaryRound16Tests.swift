import Testing
@testable import FrenchText

/// `organisation-head` boundaries: a participle before a preposition ends the name; after a lower-case head and the
/// kind (`agence de presse`), the name alone is the organisation; a lower-case body of a named organisation is that
/// organisation; a lower-case head in an apposition after a comma describes the name before it.
@Suite struct OrganisationHeadBoundaryRound16Tests {
    @Test(arguments: [
        ("La Fédération des services publics affiliée à la CGT a déposé un préavis.", "ORG Fédération des services publics"),
        ("Le Syndicat des travailleurs du rail basé à Lyon conteste la décision.", "ORG Syndicat des travailleurs du rail"),
        ("La Coordination des usagers de la santé fondée en 2004 appelle à manifester.", "ORG Coordination des usagers de la santé"),
    ])
    func aParticipleBeforeAPrepositionEndsTheName(text: String, label: String) {
        let labels = entityLabels(text)
        #expect(labels.contains(label), "\(labels)")
    }

    /// A participle in a proper name (`Nations unies`) and a place after the kind (`chambre de commerce … Lyon`) stay.
    @Test(arguments: [
        ("L’Assemblée générale des Nations unies en a débattu.", "ORG Assemblée générale des Nations unies"),
        ("La chambre de commerce et d’industrie Aix-Marseille-Provence a réagi.", "ORG chambre de commerce et d’industrie Aix-Marseille-Provence"),
    ])
    func aProperNameOrAPlaceStaysInTheName(text: String, label: String) {
        let labels = entityLabels(text)
        #expect(labels.contains(label), "\(labels)")
    }

    @Test(arguments: [
        ("Selon l’agence de presse Belnova, le trafic est perturbé.", "ORG Belnova"),
        ("L’agence de notation Norvexa a abaissé la note du pays.", "ORG Norvexa"),
        ("La fédération de cyclisme Velorna conteste la sanction.", "ORG Velorna"),
    ])
    func theNameAfterTheKindIsTheOrganisation(text: String, label: String) {
        let labels = entityLabels(text)
        #expect(labels.contains(label) && !labels.contains { $0.hasPrefix("ORG agence") || $0.hasPrefix("ORG fédération") }, "\(labels)")
    }

    @Test(arguments: [
        ("Il entrera au comité exécutif de la Ville de Sherbrooke lundi.", "ORG Ville de Sherbrooke"),
        ("Elle siège au conseil d’administration de l’Université de Moncton.", "ORG Université de Moncton"),
    ])
    func aBodyOfANamedOrganisationIsThatOrganisation(text: String, label: String) {
        let labels = entityLabels(text)
        #expect(labels.contains(label), "\(labels)")
    }

    @Test func aLowerCaseHeadInAnAppositionIsNoName() {
        let labels = entityLabels("Pour Vigie 44, association de défense des usagers des hôpitaux de la Loire-Atlantique, la fermeture est un échec.")
        #expect(!labels.contains { $0.hasPrefix("ORG association") }, "\(labels)")
    }

    /// The second word of a known name opens no person's name with a particle.
    @Test func aKnownNameKeepsItsSecondWord() {
        let labels = entityLabels("L’usine Air Austral de Saint-Dalmont va fermer.")
        #expect(!labels.contains { $0.hasPrefix("PER Austral") }, "\(labels)")
    }

    /// A name right after a group noun opens no person's name with a particle.
    @Test func aGroupNounOpensNoParticleName() {
        let labels = entityLabels("L’usine Tréval de Saint-Ouen-sur-Vire va fermer.")
        #expect(!labels.contains { $0.hasPrefix("PER") } && labels.contains("ORG Tréval"), "\(labels)")
    }

    /// `l’Éducation nationale` stands for the ministry and its administration.
    @Test func nationalEducationIsAnOrganisation() {
        let labels = entityLabels("Les personnels de l’Éducation nationale ont défilé à Grenoble.")
        #expect(labels.contains("ORG Éducation nationale"), "\(labels)")
        // …but the portfolio after a role noun is part of the role.
        let role = entityLabels("La ministre de l’Éducation nationale a présenté la rentrée.")
        #expect(!role.contains { $0.hasPrefix("ORG") }, "\(role)")
    }

    /// A capitalised head and a local authority's level alone name every town's body; with its place it is a name.
    @Test func aLocalBodyWithoutItsPlaceIsNone() {
        let labels = entityLabels("Les employés se sont présentés à la séance du Conseil municipal lundi.")
        #expect(!labels.contains { $0.hasPrefix("ORG") }, "\(labels)")
        let named = entityLabels("Le Conseil régional de Bretagne a voté une aide.")
        #expect(named.contains("ORG Conseil régional de Bretagne"), "\(named)")
    }

    /// A local authority's level after the place stays in the name; a demonym does not.
    @Test func aLevelAfterThePlaceStays() {
        let labels = entityLabels("Le Conseil central du Sherbrooke métropolitain appuie la grève.")
        #expect(labels.contains("ORG Conseil central du Sherbrooke métropolitain"), "\(labels)")
    }
}
