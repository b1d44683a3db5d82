import Testing
@testable import FrenchText

/// A public force or administration written in lower case and followed by its place is one organisation, the place
/// inside it (dev conventions: flat, the longest span wins, as `préfecture du Calvados`): `la police de Lyon`,
/// `la gendarmerie de Haute-Savoie`, `l’université de Genève`, `la municipalité de Dakar`, `la mairie de Liège`.
@Suite struct OrganisationPublicBodyPlaceTests {
    @Test(arguments: [
        ("Une enquête a été ouverte par la police de Lyon après l’incendie de l’entrepôt.", "ORG police de Lyon"),
        ("Selon la gendarmerie de Haute-Savoie, les deux alpinistes ont été hélitreuillés.", "ORG gendarmerie de Haute-Savoie"),
        ("Une équipe de l’université de Genève a publié ces résultats en mars.", "ORG université de Genève"),
        ("La municipalité de Dakar a lancé un vaste chantier d’assainissement.", "ORG municipalité de Dakar"),
        ("La mairie de Liège n’a pas souhaité commenter la décision.", "ORG mairie de Liège"),
        ("Un arrêté de la préfecture du Nord interdit tout rassemblement samedi.", "ORG préfecture du Nord"),
        ("Le rectorat de Lille a confirmé la fermeture de deux classes.", "ORG rectorat de Lille"),
    ])
    func theBodyAndItsPlaceAreOneOrganisation(text: String, label: String) {
        let labels = entityLabels(text)
        #expect(labels.contains(label), "\(labels)")
    }

    /// The head that may also come right before its own name keeps that reading.
    @Test func aUniversityBeforeItsNameStaysWhole() {
        #expect(entityLabels("Elle enseigne à l’université Laval depuis dix ans.").contains("ORG université Laval"))
    }

    /// With no proper name in the complement, there is no organisation: `la police de proximité`.
    @Test(arguments: [
        "Le retour de la police de proximité divise les élus.",
        "Les étudiants de l’université de droit manifestent.",
    ])
    func aCommonComplementMakesNoName(text: String) {
        #expect(!entityLabels(text).contains { $0.hasPrefix("ORG") }, "\(entityLabels(text))")
    }
}
