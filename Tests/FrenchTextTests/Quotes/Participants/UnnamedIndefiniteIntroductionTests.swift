import Testing
@testable import FrenchText

/// A person introduced by an indefinite description and never named (`explique une infirmière`) is an unnamed
/// participant: a definite description of the same role soon after (`confie l’infirmière`) is that person, and the
/// quote keeps no speaker name, rather than a named person of the same gender (ParticipantModelBuilder+Indefinite).
@Suite struct UnnamedIndefiniteIntroductionTests {
    @Test(arguments: [
        ("Marie Dupont dirige le service des urgences depuis 2019.\n\n"
            + "« Nous manquons de lits tous les soirs », explique une infirmière. « On ne tient plus le rythme », confie l’infirmière.",
         "infirmier"),
        ("Le maire, Paul Garnier, a inauguré la halle mardi.\n\n"
            + "Un commerçant se montre sceptique. « Les loyers vont encore monter », prévient le commerçant.",
         "commerçant"),
        ("Sophie Martin préside l’association depuis dix ans.\n\n"
            + "Une habitante raconte la soirée. « Nous avons servi trois cents repas », précise l’habitante.",
         "habitant"),
    ])
    func aLaterDefiniteDescriptionIsTheUnnamedPerson(_ text: String, _ lemma: String) {
        let model = SieveTestSupport.model(text)
        #expect(model.participants.contains { !$0.isNamed && $0.isIntroducedUnnamed })
        let quotes = SieveTestSupport.quotes(text)
        #expect(quotes.last?.speaker?.name == nil, "\(quotes.last?.speaker?.name ?? "-")")
    }

    /// An indefinite description with a name apposed is that named person's (the apposition sieve).
    @Test func anApposedNameIsNotUnnamed() {
        let text = "« Le chantier a pris trop de retard », estime une conseillère municipale, Claire Fabre, qui siège dans l’opposition."
        #expect(SieveTestSupport.quotes(text).first?.speaker?.name == "Claire Fabre")
    }

    /// A headline's `estime un ministre`, named paragraphs later, does not capture `a réagi le ministre` far below.
    @Test func aFarDescriptionIsLeftToTheNames() {
        let text = "Le projet de loi est « mal parti », estime un ministre\n\n"
            + "Le texte arrive à l’Assemblée lundi. Les députés de la majorité doutent. Le gouvernement temporise. "
            + "Les syndicats s’impatientent.\n\n"
            + "Le ministre du Travail, Julien Moreau, a reconnu des difficultés. « Le calendrier est très serré et nous le savons », "
            + "a réagi le ministre."
        #expect(SieveTestSupport.quotes(text).last?.speaker?.name == "Julien Moreau")
    }
}
