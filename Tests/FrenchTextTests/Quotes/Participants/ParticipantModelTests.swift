import Testing
@testable import FrenchText

@Suite struct ParticipantModelTests {
    @Test func rolesBeforeAndAfterTheName() {
        let m = SieveTestSupport.model("Le maire de Montréal, M. Denis Coderre, a salué l’entente. Philippe Montanier, entraîneur du Standard, était déçu.")
        #expect(m.participant(named: "Coderre")?.roles == ["maire de Montréal"])
        #expect(m.participant(named: "Coderre")?.gender == .male)
        #expect(m.participant(named: "Montanier")?.roles.first?.hasPrefix("entraîneur du Standard") == true)
    }

    @Test func aNameGluedToTheWordBeforeIsSplitOff() {
        let m = SieveTestSupport.model("À commencer par le président de la Confédération Alain Berset qui s’est rendu à Aegerten.")
        #expect(m.participant(named: "Berset")?.name == "Alain Berset")
        #expect(m.participant(named: "Berset")?.roles == ["président de la Confédération"])
    }

    @Test func demonymAndParenthesis() {
        let m = SieveTestSupport.model("Le Français Philippe Montanier a parlé. Alexander De Croo (Open-VLD) a répondu.")
        #expect(m.participant(named: "Montanier")?.nationality == "français")
        #expect(m.participant(named: "De Croo")?.organisation == "Open-VLD")
    }

    @Test func firstNameAloneJoinsTheFullName() {
        let m = SieveTestSupport.model("Le préfet de la Seine-Maritime Pierre-André a parlé. Plus tard, Pierre-André Durand a rappelé les consignes.")
        #expect(m.participant(named: "Pierre-André Durand")?.mentions.count == 2)
    }

    @Test func subjectsAndQuotedNames() {
        let text = "Tout d’abord, Mathilde Panot a attaqué la Première ministre. « Gabriel Attal ment », a-t-elle dit."
        let m = SieveTestSupport.model(text)
        #expect(m.participant(named: "Panot")?.mentions.first?.isSubject == true)
        #expect(m.participant(named: "Attal")?.mentions.first?.insideQuote == true)
    }

    @Test func explanationListsEveryParticipant() {
        let m = SieveTestSupport.model("Le maire de Montréal, M. Denis Coderre, a salué l’entente avec Québec.")
        #expect(m.explanation().contains("Denis Coderre · person · male"))
        #expect(m.explanation().contains("roles: maire de Montréal"))
    }

    @Test(arguments: [
        "Le ministre des Affaires étrangères, de la Coopération et des Français de l’étranger, Jean Dupuis, a salué l’accord.",
        "La présidente de la Fédération des producteurs laitiers de la région, Amina Touré, a rappelé les chiffres.",
    ])
    func aRoleLeadingToANameOverALongComplementIsNoUnnamedPerson(_ text: String) {
        let m = SieveTestSupport.model(text)
        #expect(m.participants.allSatisfy { $0.isNamed })
    }

    @Test func aRoleSubjectWithNoNameIsAnUnnamedPerson() {
        let m = SieveTestSupport.model("Le juge des référés a suspendu l’arrêté préfectoral pris la semaine dernière contre les manifestants.")
        #expect(m.participants.contains { !$0.isNamed && $0.roles == ["juge"] })
    }

    @Test(arguments: [
        ("La chef de file des écologistes, Marine Tondelier, a répondu aux critiques.", "Tondelier", SpeakerGender.female),
        ("Le chef du gouvernement, Michel Barnier, a présenté son budget.", "Barnier", SpeakerGender.male),
        ("La cheffe du service, Inès Garnier, a démissionné.", "Garnier", SpeakerGender.female),
    ])
    func anEpiceneRoleNounLeavesTheGenderToTheDeterminerAndFirstName(_ text: String, _ name: String, _ gender: SpeakerGender) {
        #expect(SieveTestSupport.model(text).participant(named: name)?.gender == gender)
    }
}

/// A person the text describes by role only after a short introductory phrase (`Jeudi, l’avocate générale avait
/// requis…`) is an unnamed participant: a later `elle` means her, not a woman named before.
@Suite struct UnnamedSubjectAfterIntroductionTests {
    @Test func theUnnamedSubjectTakesThePronoun() {
        let text = "La mère de la victime, Sylvie Morel, s’est dite « très déçue de ce procès ».\n\n"
            + "Jeudi, l’avocate générale avait requis la perpétuité contre l’accusé.\n\n"
            + "Il cherchait une « proie à violer sans aucun remords », avait-elle lancé."
        let model = SieveTestSupport.model(text)
        #expect(model.participants.contains { !$0.isNamed && $0.roleLemmas.contains("avocat") })
        #expect(SieveTestSupport.quotes(text).last?.speaker?.name == nil)
    }

    /// A name after a comma is apposed to the whole role phrase: its head is the first role noun after a determiner,
    /// not a noun of its complement (`la partie plaignante`, `des agriculteurs`).
    @Test(arguments: [
        ("L’avocat de la partie plaignante, Daniel Kinzer, plaide la vengeance. « Ma cliente a payé pour toutes les autres », a souligné l’avocat.", "avocat"),
        ("Le président du syndicat des agriculteurs, Paul Renaud, est inquiet. « Nous ne tiendrons pas un an de plus », a prévenu le président.", "président"),
        ("La porte-parole de l’association des locataires, Julie Marchand, a réagi. « Personne ne nous a consultés », a regretté la porte-parole.", "porte-parole"),
    ] as [(String, String)])
    func theHeadOfAnApposedRole(_ text: String, _ lemma: String) {
        let model = SieveTestSupport.model(text)
        #expect(model.participants.contains { $0.isNamed && $0.roleLemmas.contains(lemma) })
        #expect(SieveTestSupport.quotes(text).last?.speaker?.name?.contains(" ") == true)
    }
}

/// `X a reculé. Le maire de Québec veut…`: a role subject right after a person the text gives that role (anywhere) is
/// that person, not someone new described by role only; a later `il` is theirs.
@Suite struct RoleSubjectOfNamedHolderTests {
    @Test(arguments: [
        "Critiqué de toutes parts, Paul Girard a reculé. Le maire de Vierzon veut revenir aux dates prévues.\n"
            + "« La décision visait à me permettre de siéger », a-t-il rappelé.\nLe cabinet du maire Girard a confirmé la mission.",
        "Critiqué de toutes parts, Paul Girard a reculé. Le maire veut revenir aux dates prévues.\n"
            + "« La décision visait à me permettre de siéger », a-t-il rappelé.\nLe cabinet du maire Girard a confirmé la mission.",
    ])
    func theNamedHolder(_ text: String) {
        #expect(SieveTestSupport.quotes(text).first?.speaker?.name == "Paul Girard")
    }

    /// Another place in the role: someone else, unnamed.
    @Test func anotherPlaceIsSomeoneElse() {
        let text = "Paul Girard, maire de Foëcy, a protesté. Le maire de Vierzon veut revenir aux dates prévues.\n"
            + "« La décision visait à me permettre de siéger », a-t-il rappelé."
        #expect(SieveTestSupport.quotes(text).first?.speaker?.name != "Paul Girard")
    }
}
