import Testing
@testable import FrenchText

/// A role with a party's or body's name (`estime la sénatrice LR`, `prévient le député PS`) names a person of that
/// party: the participant holding the role, never the organisation (RoleSieve, ParticipantModel.namesMemberOfOrganisation).
@Suite struct OrganisationMemberRoleTests {
    @Test(arguments: [
        ("Échevine des Finances à Namur, Lucie Renard réclame un audit des comptes.\n\n« Ces chiffres ne tiennent pas la route », "
            + "tranche l’échevine Ecolo.", "Lucie Renard"),
        ("Sénatrice de l’Oise, Claire Dupuis dénonce le projet du gouvernement. « Ce texte est une erreur », estime la sénatrice LR.",
         "Claire Dupuis"),
        ("Député de la Gironde, Marc Olivier s’oppose à la réforme. « Nous ne céderons pas », prévient le député PS.",
         "Marc Olivier"),
    ])
    func theMemberHoldingTheRole(_ text: String, _ speaker: String) {
        #expect(SieveTestSupport.quotes(text).last?.speaker?.name == speaker)
    }
}
