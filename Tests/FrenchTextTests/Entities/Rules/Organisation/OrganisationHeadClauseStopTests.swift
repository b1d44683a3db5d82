import Testing
@testable import FrenchText

/// `organisation-head`: after a proper name in the complement, a preposition and an infinitive open a clause of
/// the sentence, no part of the name; a lower-case adjective joined by a hyphen to a place's name is part of it.
@Suite struct OrganisationHeadClauseStopTests {
    @Test(arguments: [
        ("Il est jugé par le Tribunal correctionnel de Genève pour avoir frappé un agent.", "ORG Tribunal correctionnel de Genève"),
        ("La Cour d’appel de Paris pour avoir ignoré la loi a été critiquée.", "ORG Cour d’appel de Paris"),
        ("Elle a saisi le Conseil d’État du Valais pour faire annuler la décision.", "ORG Conseil d’État du Valais"),
    ])
    func anInfinitiveAfterTheNameEndsIt(text: String, label: String) {
        #expect(entityLabels(text).contains(label), "\(entityLabels(text))")
    }

    @Test(arguments: [
        ("Le Parti des peuples africains-Côte d’Ivoire a tenu son congrès.", "ORG Parti des peuples africains-Côte d’Ivoire"),
        ("Le Rassemblement des républicains-Côte d’Ivoire a réagi samedi.", "ORG Rassemblement des républicains-Côte d’Ivoire"),
        ("La Fédération des étudiants burkinabè-France a protesté.", "ORG Fédération des étudiants burkinabè-France"),
    ])
    func anAdjectiveJoinedToAPlaceBelongsToTheName(text: String, label: String) {
        #expect(entityLabels(text).contains(label), "\(entityLabels(text))")
    }
}
