import Testing
@testable import FrenchText

@Suite struct ParagraphSubjectSieveTests {
    @Test(arguments: [
        "Thomas Renaud, un ancien ingénieur, a appris la nouvelle lundi. « Je ne m’y attendais pas du tout. »",
        "Le maire Thomas Renaud est resté discret toute la journée. « Je ne m’y attendais pas du tout. »",
    ])
    func personOpeningAnEarlierSentence(_ text: String) {
        let q = SieveTestSupport.quotes(text).first
        #expect(q?.rule == .paragraphSubject)
        #expect(q?.speaker?.name == "Thomas Renaud")
        #expect(q?.trace == [.paragraphSubject])
    }

    @Test func anotherPersonAfterTheLastSpeaker() {
        let text = "« Le projet est solide », a déclaré Claire Fontaine. Thomas Renaud, son adjoint, ne partage pas cet avis. « Il faut tout reprendre. »"
        let q = SieveTestSupport.quotes(text).last
        #expect(q?.rule == .paragraphSubject)
        #expect(q?.speaker?.name == "Thomas Renaud")
    }
}

/// A person named right after a short introductory clause opens the sentence as its subject.
@Suite struct SubjectAfterIntroductionTests {
    @Test(arguments: [
        ("Le scrutin sera serré. Le président sortant, Paul Girard, brigue un second mandat. En patientant dans la file, Marc Leduc énumère les maux du pays. « Insécurité, chômage, grèves… »", "Marc Leduc"),
        ("Le conseil a voté. Le maire Paul Girard a défendu le budget. À la sortie de la séance, Mme Lenoir fait la liste de ses griefs. « Trop de taxes, trop peu de services. »", "Lenoir"),
    ])
    func theSubjectAfterTheIntroduction(_ text: String, _ speaker: String) {
        #expect(SieveTestSupport.quotes(text).last?.speaker?.name?.hasSuffix(speaker) == true)
    }

    /// A role noun after a short introductory clause is the subject the next quote goes to (`cela` is no verb there:
    /// Hunspell also reads it as `celer`).
    @Test(arguments: [
        "Guingamp prépare la saison, et son entraîneur Stéphane Dumont veut garder ses joueurs. Youssouf Mango et Hadji Ba étaient au cœur des discussions. Mais avant cela, le coach avait un match à préparer.\n\n« Je ne ressens pas de relâchement dans le groupe. »",
        "Le club a confirmé l’arrivée de son entraîneur Stéphane Dumont en juin. Le défenseur Youssouf Mango a prolongé son contrat. Après la séance, l’entraîneur a répondu aux questions.\n\n« Je ne ressens pas de relâchement dans le groupe. »",
        "Son entraîneur Stéphane Dumont a dirigé la séance. Le capitaine Youssouf Mango est resté à l’écart. Malgré cela, le coach reste confiant.\n\n« Je ne ressens pas de relâchement dans le groupe. »",
    ])
    func aRoleAfterTheIntroduction(_ text: String) {
        #expect(SieveTestSupport.quotes(text).last?.speaker?.name == "Stéphane Dumont")
    }
}
