import Testing
@testable import FrenchText

/// A name closing the complement of a role apposed to another person is whom the role serves, not its holder
/// (ParticipantModelBuilder+RoleComplementName): `Me Léa Roux, avocate de la veuve Anne Martin` makes Léa Roux the
/// lawyer, and a later `l’avocate` means her.
@Suite struct RoleComplementNameTests {
    @Test(arguments: [
        ("Me Léa Roux, avocate de la veuve Anne Martin, a fait appel mardi. « Le jugement ne tient pas compte des faits », "
            + "a ajouté l’avocate.", "Léa Roux"),
        ("Claire Fabre, l’avocate de Marc Leduc, a plaidé la relaxe. « Rien ne prouve sa présence », "
            + "a soutenu l’avocate.", "Claire Fabre"),
        ("Sophie Blanc, entraîneuse d’Inès Roy depuis 2019, était déçue samedi. « Nous avons manqué de réalisme », "
            + "regrette l’entraîneuse.", "Sophie Blanc"),
        ("Le dossier a été plaidé par Me Hugo Petit, avocat du commerçant Karim Haddad. « Mon client conteste tout », "
            + "a déclaré l’avocat.", "Hugo Petit"),
    ])
    func theRoleIsTheFirstPersons(_ text: String, _ speaker: String) {
        #expect(SieveTestSupport.quotes(text).last?.speaker?.name == speaker)
    }

    /// The person in the complement gets no role from it.
    @Test func theComplementNameHoldsNoRole() {
        let model = SieveTestSupport.model("Me Léa Roux, avocate de la veuve Anne Martin, a fait appel.")
        #expect(model.participant(named: "Anne Martin")?.roleLemmas.isEmpty == true)
        #expect(model.participant(named: "Léa Roux")?.roleLemmas.contains("avocat") == true)
    }

    /// A role written with a comma before the name stays that name's (`X, le maire de Lyon, M. Y`), and a role
    /// running into a name after a place, not a person, stays that name's.
    @Test(arguments: [
        ("Le conseil a voté mardi. À Lyon, le maire Jean Morel a salué le texte. « C’est une avancée », a dit le maire.", "Jean Morel"),
        ("La séance s’est tenue à Nantes, la présidente Claire Fabre l’a ouverte. « Nous avons beaucoup à faire », "
            + "a lancé la présidente.", "Claire Fabre"),
    ])
    func otherRolesStay(_ text: String, _ speaker: String) {
        #expect(SieveTestSupport.quotes(text).last?.speaker?.name == speaker)
    }

    /// Known miss: the role opens the sentence, its complement names one person and its holder comes after a comma
    /// (`L’avocate de la veuve Anne Martin, Me Léa Roux, …`); both get the role, and a later mention of the widow
    /// makes her the nearest holder.
    @Test func roleOpeningTheSentenceBeforeItsComplementName() {
        let text = "L’avocate de la veuve Anne Martin, Me Léa Roux, a fait appel mardi. Anne Martin n’était pas présente. "
            + "« Le jugement ne tient pas compte des faits », a ajouté l’avocate."
        withKnownIssue {
            #expect(SieveTestSupport.quotes(text).last?.speaker?.name == "Léa Roux")
        }
    }
}
