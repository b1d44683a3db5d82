import Testing
@testable import FrenchText

/// A photo credit under a picture names the photographer and the agency, never a participant: a later role noun or
/// pronoun with no holder in the text stays unnamed.
@Suite struct PhotoCreditTests {
    @Test(arguments: [
        "Des manifestants devant la mairie de Vierzon. / PAUL MARCHAND / AFP\n\n"
            + "« Nous ne lâcherons rien, la maternité doit rester ouverte », a déclaré le maire de Foëcy à la presse.",
        "Des manifestants devant la mairie de Vierzon. AFP/PAUL MARCHAND\n\n"
            + "« Nous ne lâcherons rien, la maternité doit rester ouverte », a déclaré le maire de Foëcy à la presse.",
        "Des manifestants devant la mairie de Vierzon (Photo : Paul Marchand)\n\n"
            + "« Nous ne lâcherons rien, la maternité doit rester ouverte », a déclaré le maire de Foëcy à la presse.",
        "Des manifestants devant la mairie de Vierzon. Photo AFP Paul Marchand\n\n"
            + "« Nous ne lâcherons rien, la maternité doit rester ouverte », a déclaré le maire de Foëcy à la presse.",
        "Des manifestants devant la mairie de Vierzon (© MAXPPP - Paul Marchand)\n\n"
            + "« Nous ne lâcherons rien, la maternité doit rester ouverte », a déclaré le maire de Foëcy à la presse.",
        "Des manifestants devant la mairie de Vierzon. AFP Paul Marchand\n\n"
            + "« Nous ne lâcherons rien, la maternité doit rester ouverte », a déclaré le maire de Foëcy à la presse.",
    ])
    func aCreditIsNoSpeaker(_ text: String) {
        let q = SieveTestSupport.quotes(text).first
        #expect(q != nil)
        #expect(q?.speaker?.name == nil)
        #expect(!SieveTestSupport.model(text).participants.contains { $0.name.contains("Marchand") || $0.name.contains("MARCHAND") })
    }

    /// A person named after an agency in a sentence that goes on is a participant (`a confié à l’AFP Jeanne Roux, …`).
    @Test func anAgencyInASentenceIsNoCredit() {
        let atLineEnd = "Les salariés ont appris la nouvelle mardi, a raconté à l’AFP Jeanne Roux\n« On ne s’y attendait pas », a-t-elle ajouté."
        #expect(SieveTestSupport.quotes(atLineEnd).first?.speaker?.name?.hasSuffix("Jeanne Roux") == true)
        let text = "« Nous avons été prévenus le matin même », a confié à l’AFP Jeanne Roux, déléguée syndicale. "
            + "« On ne s’y attendait pas », a-t-elle ajouté."
        let quotes = SieveTestSupport.quotes(text)
        #expect(quotes.count == 2)
        // (the agency written before the name is no part of it)
        #expect(quotes.allSatisfy { $0.speaker?.name == "Jeanne Roux" })
    }
}
