import Testing
@testable import FrenchText

/// A surname with a capitalised particle keeps it where it comes back alone (`Le Maire` after `Bruno Le Maire`).
@Suite struct PersonParticleSurnameTests {
    @Test(arguments: [
        ("Bruno Le Maire a présenté le budget. Selon Le Maire, la dette baisse.", "Le Maire"),
        ("Marine Le Pen a réagi. Le Pen a dénoncé le texte.", "Le Pen"),
        ("Alexander De Croo a démissionné. Pour De Croo, le pays tient.", "De Croo"),
    ])
    func theParticleStaysWithTheSurname(text: String, surname: String) {
        let labels = entityLabels(text)
        #expect(labels.last == "PER \(surname)", "\(labels)")
    }

    @Test func aLowerCaseArticleIsNoParticle() {
        #expect(entityLabels("Marine Le Pen a réagi. Il a vu le Pen Club.").allSatisfy { !$0.hasSuffix("le Pen") })
    }
}

/// A lower-case particle of the full name comes back with the surname: `le général de Gaulle`.
@Suite struct PersonLowerParticleSurnameTests {
    @Test(arguments: [
        ("Charles de Gaulle a fondé la Ve République. Le général de Gaulle a démissionné en 1969.", "de Gaulle"),
        ("Dominique de Villepin était à l’ONU. Selon de Villepin, la guerre est une erreur.", "de Villepin"),
        ("Ursula von der Leyen a parlé. Pour la présidente von der Leyen, rien ne change.", "von der Leyen"),
    ])
    func theParticleStaysWithTheSurname(text: String, surname: String) {
        #expect(entityLabels(text).contains("PER \(surname)"), "\(entityLabels(text))")
    }
}
