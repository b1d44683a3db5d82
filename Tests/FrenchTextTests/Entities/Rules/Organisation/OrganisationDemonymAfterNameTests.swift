import Testing
@testable import FrenchText

/// An adjective of origin after an organisation's name says whose or where it is and stays out of the name: after
/// a team's nickname (`les Lions camerounais`) and after a lower-case complement (`l’Office cantonal de l’emploi
/// genevois`); an adjective that is no demonym stays in (`les Diables rouges`, `… des droits humains`).
@Suite struct OrganisationDemonymAfterNameTests {
    @Test func aTeamsNicknameLeavesItsDemonymOut() {
        let text = "Le match a été serré : les Aigles maliens ont concédé un penalty, puis l’entraîneur a changé trois joueurs."
        let labels = entityLabels(text)
        #expect(labels.contains("ORG Aigles"), "\(labels)")
        #expect(!labels.contains("ORG Aigles maliens"), "\(labels)")
    }

    @Test(arguments: [
        ("L’Office cantonal de placement genevois a publié une offre.", "ORG Office cantonal de placement"),
        ("Le Service régional de l’emploi fribourgeois a répondu.", "ORG Service régional de l’emploi"),
    ])
    func aComplementLeavesTheDemonymOut(text: String, label: String) {
        #expect(entityLabels(text).contains(label), "\(entityLabels(text))")
    }

    @Test func aCommonAdjectiveStaysInTheName() {
        let text = "L’Observatoire pour la protection des défenseurs des droits humains a publié son rapport."
        #expect(entityLabels(text).contains("ORG Observatoire pour la protection des défenseurs des droits humains"), "\(entityLabels(text))")
    }
}
