import Testing
@testable import FrenchText

/// Rules for regional press: geographic heads kept in the span, parts of regions, administrative units,
/// press titles, trade names, old years, months with `dernier`, and `Monsieur` as a title.
@Suite struct RegionalPressEntityTests {
    private func labels(_ s: String, date: String? = nil) -> [String] { entityLabels(s, date: date) }

    @Test func geographicHeadWithElidedPart() {
        #expect(labels("Les randonneurs ont longé la presqu’île de Crozon jusqu’au soir.").contains("LOC presqu’île de Crozon"))
    }

    @Test func capitalisedPlaceNounAndAdjective() {
        #expect(labels("Les pêcheurs de la Péninsule gaspésienne réclament des quotas.").contains("LOC Péninsule gaspésienne"))
    }

    @Test func sentenceInitialValleyName() {
        #expect(labels("Val d’Anniviers : la route reste fermée après l’éboulement.").contains("LOC Val d’Anniviers"))
    }

    @Test func upperPartOfARegion() {
        let found = labels("Plusieurs communes du Haut-Valais ont été évacuées, et la Basse-Normandie suit.")
        #expect(found.contains("LOC Haut-Valais"))
        #expect(found.contains("LOC Basse-Normandie"))
    }

    @Test func administrativeUnitNamedAfterATown() {
        let found = labels("La carrière se trouve en province de Namur, loin du canton de Vaud.")
        #expect(found.contains("LOC province de Namur"))
        #expect(found.contains("LOC Vaud"))
    }

    @Test func acadiaIsARegion() {
        #expect(labels("Les artistes de l’Acadie se produiront cet été.").contains("LOC Acadie"))
    }

    @Test func pressTitles() {
        let found = labels("L’article publié par La Voix du Nord a été repris par L’Écho de la Lys et par Le Télégramme.")
        #expect(found.contains("ORG La Voix du Nord"))
        #expect(found.contains("ORG L’Écho de la Lys"))
        #expect(found.contains("ORG Le Télégramme"))
    }

    @Test func coinedTradeNameAndTradeWord() {
        #expect(labels("Les chauffeurs de Travelio Logistique ont cessé le travail mardi.").contains("ORG Travelio Logistique"))
    }

    @Test func legalFormNameWithLowerCaseWords() {
        #expect(labels("Le chantier confié à Carrières wallonnes Demarteau SA reprendra en avril.").contains("ORG Carrières wallonnes Demarteau SA"))
    }

    @Test func legalFormNameWithCapitalisedArticle() {
        #expect(labels("Il dirigeait la résidence Les Glycines de Vannes SAS depuis dix ans.").contains("ORG Les Glycines de Vannes SAS"))
    }

    @Test func monthWithDernier() {
        #expect(labels("Le dossier a été déposé en octobre dernier auprès de la commune.", date: "2025-06-12").contains("DATE octobre dernier=2024-10"))
    }

    @Test func oldYearAfterEn() {
        let found = labels("La coopérative, fondée en 1872, fête ses 150 ans ; plus de 1850 personnes y travaillent.")
        #expect(found.contains("DATE 1872=1872"))
        #expect(!found.contains { $0.hasPrefix("DATE 1850") })
    }

    @Test func monsieurIsATitle() {
        let found = labels("« Monsieur Le Bihan-Kervella a menti », a lancé la procureure.")
        #expect(found.contains("PER Le Bihan-Kervella"))
        #expect(!found.contains { $0.contains("Monsieur") })
    }
}

/// Local places: hamlets and sites named with a capitalised article, districts, Belgian entités, lists of towns.
@Suite struct LocalPlaceTests {
    private func places(_ s: String) -> [String] {
        entityMentions(s).filter { $0.type == .location }.map(\.text)
    }

    @Test func siteNounAndCapitalisedArticle() {
        #expect(places("Les skieurs bloqués ont dormi à l’hôtel Les Gentianes, au-dessus de la station.").contains("Les Gentianes"))
    }

    @Test func deAndCapitalisedArticleName() {
        #expect(places("Une habitante de La Sagnaz, qui a tout perdu, témoigne.").contains("La Sagnaz"))
    }

    @Test func districtNameAlone() {
        let found = places("Les commerces du quartier de Kerbonne ferment plus tôt.")
        #expect(found.contains("Kerbonne"))
        #expect(!found.contains("quartier de Kerbonne"))
    }

    @Test func belgianEntite() {
        #expect(places("Le hameau dépend de l’entité de Florennes depuis la fusion.").contains("Florennes"))
    }

    @Test func unknownNameBeforeAListedPlace() {
        let found = places("Les trajets entre Plouvorn, Saint-Pol-de-Léon et Roscoff ne sont pas payés.")
        #expect(found.contains("Plouvorn"))
        #expect(found.contains("Saint-Pol-de-Léon"))
    }
}

/// Institutions named after a territory: the capitalised `Département` is the council, a lower-case
/// `gendarmerie` with a proper-name complement is the local force.
@Suite struct TerritorialInstitutionTests {
    @Test func capitalisedDepartementIsTheInstitution() {
        let found = entityLabels("Le maire a sollicité une aide du Département de la Somme dès le mois de mai.")
        #expect(found.contains("ORG Département de la Somme"))
    }

    @Test func gendarmerieOfADepartement() {
        let found = entityLabels("L’enquête a été confiée à la gendarmerie du Finistère, selon le parquet.")
        #expect(found.contains("ORG gendarmerie du Finistère"))
    }
}

/// Where a lower-case organisation noun stops: before an adjective and a name, before a verb that opens a clause.
@Suite struct OrganisationBoundaryTests {
    @Test func commonNounAndAdjectiveBeforeAName() {
        let found = entityLabels("Les partenaires, dont l’association malienne Jigi Sabati, distribuent des semences.")
        #expect(found.contains("ORG Jigi Sabati"))
        #expect(!found.contains { $0.contains("association") })
    }

    @Test func verbBeforeAnArticleEndsTheName() {
        let found = entityLabels("Sécheresse : le Réseau africain pour l’accès à l’énergie alerte les bailleurs.")
        #expect(found.contains("ORG Réseau africain pour l’accès à l’énergie"))
    }
}

/// A town after `de` at the end of an organisation's name stays a town where it comes back alone.
@Suite struct OrganisationPlaceComplementTests {
    @Test func townAfterDeIsNotTheOrganisationsName() {
        let found = entityLabels("La Coopérative agricole Terrafil de Plounévez soutient la fête. Les bénévoles arrivent à Plounévez jeudi.")
        #expect(found.contains("LOC Plounévez"))
        #expect(!found.contains("ORG Plounévez"))
    }
}

/// A regional dateline with a dash before the date.
@Suite struct DashDatelineTests {
    @Test func allCapitalRegionBeforeADashAndADate() {
        let found = entityLabels("GRISONS – Jeudi 5 février 2026\n\nLa route du col reste fermée.")
        #expect(found.contains("LOC GRISONS"))
    }
}

/// A place coordinated with a known one by the same preposition.
@Suite struct RepeatedPrepositionPlaceTests {
    @Test func secondPlaceAfterEtDe() {
        let found = entityLabels("La sécheresse touche les régions de Maradi et de Dakoro, selon le PAM.")
        #expect(found.contains("LOC Maradi"))
        #expect(found.contains("LOC Dakoro"))
    }
}
