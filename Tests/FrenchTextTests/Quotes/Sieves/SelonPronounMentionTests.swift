import Testing
@testable import FrenchText

/// `« A, selon lui, B »`: stage 1 reads the disjunctive `lui` of the incise as `il`, and stage 2 (``SpeakerMention``)
/// reads the mention the same way, so it goes to the pronoun's antecedent — also when that antecedent is a role
/// description the model already gave to the person named before (`Le ministre … dira que …`).
@Suite struct SelonPronounMentionTests {
    static let texts = [
        "Pour Awa Ndiaye, invitée de la radio nationale, Dakar tient à ses bons rapports avec ses voisins.\n\n"
            + "La ministre des Affaires étrangères du Sénégal a expliqué un peu plus tard que la diplomatie du pays se portait bien. "
            + "« Ce qui le prouve, selon elle, c’est la confiance que nos partenaires nous accordent », avant de conclure.",
        "Invité du journal du soir, Marc Lefèvre a défendu son bilan devant les élus de la région.\n\n"
            + "Le maire de Lunel a rappelé les travaux de la rentrée. "
            + "« Ces chantiers, selon lui, étaient attendus depuis dix ans par les habitants », a-t-il conclu sous les applaudissements.",
        "Paul Girard, président de l’association des commerçants, a réuni ses membres lundi soir.\n\n"
            + "Il a dressé un bilan sévère de la saison touristique. « La fréquentation, selon lui, a baissé de moitié en juillet », a-t-il résumé.",
    ]

    @Test(arguments: zip(texts, ["Awa Ndiaye", "Marc Lefèvre", "Paul Girard"]))
    func theDisjunctivePronounGoesToItsAntecedent(_ text: String, _ speaker: String) {
        let quotes = SieveTestSupport.quotes(text)
        #expect(!quotes.isEmpty)
        #expect(quotes.allSatisfy { $0.speaker?.name == speaker })
    }

    @Test func theLinkIsThePronounSieves() {
        let text = "Julie Martin dirige la clinique depuis mars. « Les patients, selon elle, attendent moins qu’avant », avant d’ajouter un mot sur le personnel."
        let quote = SieveTestSupport.quotes(text).first
        #expect(quote?.speaker?.name == "Julie Martin")
        #expect(quote?.speaker?.mention == "elle")
    }
}
