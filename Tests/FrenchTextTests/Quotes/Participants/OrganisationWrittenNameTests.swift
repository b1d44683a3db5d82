import Testing
@testable import FrenchText

/// An organisation is named as the document names it: the gazetteer's full name, never written in the text, is an alias.
@Suite struct OrganisationWrittenNameTests {
    @Test(arguments: [
        ("La FGTB appelle à une journée d’action. Selon la FGTB, « le gouvernement nie la concertation sociale ».", "FGTB"),
        ("La CSC encourage de son côté « chaque responsable à rappeler les consignes de sécurité ».", "CSC"),
        ("Les syndicats chrétiens durcissent le ton. « Le compte n’y est toujours pas », a réagi la CSC.", "CSC"),
    ])
    func theNameTheTextWrites(_ text: String, _ name: String) {
        #expect(SieveTestSupport.quotes(text).first?.speaker?.name == name)
    }

    /// The model keeps the full name as an alias: a later mention by the full name still finds the participant.
    @Test func theFullNameIsAnAlias() {
        let model = SieveTestSupport.model("La FGTB appelle à une journée d’action nationale en décembre.")
        let p = model.participants.first { $0.kind == .organisation }
        #expect(p?.name == "FGTB")
        #expect(p.map { model.participant(named: $0.aliases.first ?? "")?.id == $0.id } == true)
    }

    /// A text that writes the full name keeps it.
    @Test(arguments: [
        ("La Fédération générale du travail de Belgique appelle à la grève. « Le compte n’y est pas », a réagi la FGTB.",
         "Fédération générale du travail de Belgique"),
        ("La Confédération des syndicats chrétiens appelle à la grève. « Le compte n’y est pas », a réagi la CSC.",
         "Confédération des syndicats chrétiens"),
    ])
    func aFullNameTheTextWrites(_ text: String, _ name: String) {
        #expect(SieveTestSupport.quotes(text).first?.speaker?.name == name)
    }
}
