import Testing
@testable import FrenchText

/// A common-noun phrase naming back an organisation named in full before (OrganisationShortReference, used by the
/// speaker resolver): the full name's opening words, or its head noun with the adjective of its place.
@Suite struct OrganisationShortReferenceTests {
    @Test(arguments: [
        (["parquet", "bayonnais"], ["parquet", "de", "bayonne"]),
        (["gouvernement", "malien"], ["gouvernement", "du", "mali"]),
        (["préfecture", "héraultaise"], ["préfecture", "de", "l'hérault"]),
        (["conseil", "régional"], ["conseil", "régional", "de", "bretagne"]),
        (["gouvernement", "provincial"], ["gouvernement", "provincial", "de", "kinshasa"]),
    ])
    func refers(_ mention: [String], _ name: [String]) {
        #expect(OrganisationShortReference.refers(mention, to: name))
    }

    @Test(arguments: [
        (["parquet", "national"], ["parquet", "de", "bayonne"]),
        (["tribunal", "bayonnais"], ["parquet", "de", "bayonne"]),
        (["parquet", "bayonnais"], ["parquet", "bayonnais"]),
        (["conseil", "régional"], ["conseil", "régional", "breton"]),
    ])
    func doesNotRefer(_ mention: [String], _ name: [String]) {
        #expect(!OrganisationShortReference.refers(mention, to: name))
    }

    @Test(arguments: [
        ("Le parquet de Toulon a ouvert une enquête lundi. « Les faits sont graves et seront poursuivis », a indiqué le parquet toulonnais.",
         "parquet de Toulon"),
        ("Le porte-parole du conseil régional de Normandie, Paul Girard, a confirmé le vote. Le conseil régional affirme qu’il "
            + "« maintiendra toutes les lignes de bus ».", "conseil régional de Normandie"),
    ])
    func theSpeakerIsTheOrganisationNamedInFull(_ text: String, _ speaker: String) {
        #expect(SieveTestSupport.quotes(text).last?.speaker?.name == speaker)
    }
}
