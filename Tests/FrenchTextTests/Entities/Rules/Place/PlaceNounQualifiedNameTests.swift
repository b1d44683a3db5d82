import Testing
@testable import FrenchText

/// A building named after a person or a site, with a qualifier the dictionary does not know or a compound between
/// the place noun and the name (`stade omnisport Ahmadou Ahidjo`, `hôpital mère-enfant Dominique Ouattara`), is
/// one place; the town after it stays its own place; hospitals are named like other buildings.
@Suite struct PlaceNounQualifiedNameTests {
    @Test(arguments: [
        ("La rencontre aura lieu au stade omnisport Félix Houphouët ce week-end.", "stade omnisport Félix Houphouët"),
        ("Le ministre a visité la maternité de l’hôpital mère-enfant Aminata Koné hier.", "hôpital mère-enfant Aminata Koné"),
        ("Les blessés ont été conduits à l’hôpital de Kossodo dans la nuit.", "hôpital de Kossodo"),
    ])
    func aQualifiedBuildingNameIsOnePlace(text: String, place: String) {
        let labels = entityLabels(text)
        #expect(labels.contains("LOC \(place)"), "\(labels)")
        #expect(!labels.contains { $0.hasPrefix("PER") }, "\(labels)")
    }

    @Test func theTownAfterTheBuildingIsItsOwnPlace() {
        let labels = entityLabels("Ils ont joué au stade Géo André de Lyon devant 2 000 spectateurs.")
        #expect(labels.contains("LOC Lyon"), "\(labels)")
        #expect(labels.contains("LOC stade Géo André"), "\(labels)")
    }

    /// A known word that is no adjective (a noun, a verb) after the place noun is no qualifier: the name after it
    /// is not the building's.
    @Test(arguments: ["Au stade dimanche Marseille a gagné sans trembler.", "Devant l’hôpital attendaient Marie Dupont et sa fille."])
    func aKnownWordIsNoQualifier(text: String) {
        let labels = entityLabels(text)
        #expect(!labels.contains { $0.hasPrefix("LOC stade") || $0.hasPrefix("LOC hôpital") }, "\(labels)")
    }
}
