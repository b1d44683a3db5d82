import Testing
@testable import FrenchText

/// A definite description by role is no mention left unnamed on purpose (DefiniteRoleDescription).
@Suite struct DefiniteRoleDescriptionTests {
    /// The direct quote's speaker mention, as stage 1 read it, and whether it is such a description.
    private func reading(_ text: String) throws -> (mention: String, holds: Bool) {
        let analysis = SieveTestSupport.analyzer.analyze(text)
        let (linked, _, _) = QuoteExtractor().linkedQuotes(in: analysis.document, entities: analysis.entities)
        let q = try #require(linked.last { $0.kind == .direct })
        let speaker = try #require(q.speaker)
        return (speaker.mention, DefiniteRoleDescription.holds(q, document: analysis.document))
    }

    /// `le`, `la`, `l’` + a role noun, a noun naming a person or a demonym, with or without a complement.
    @Test(arguments: [
        "« Ces pratiques doivent cesser sans délai », dénonce le directeur général.",
        "« La réforme sera appliquée dès la rentrée », assure la ministre de l’Éducation.",
        "« Nous avons manqué de rigueur en défense », a reconnu l’entraîneur des Aigles.",
        "« Le terrain était lourd et glissant », a expliqué le technicien espagnol.",
        "« Personne ne s’attendait à un tel résultat », confie la présidente du club.",
    ])
    func definiteDescriptions(_ text: String) throws {
        let r = try reading(text)
        #expect(r.holds, "\(r.mention)")
    }

    /// Indefinite descriptions, possessives, pronouns and organisations' kinds stay unnamed on purpose.
    @Test(arguments: [
        "« Nous avons eu très peur cette nuit-là », raconte une habitante du quartier.",
        "« Les négociations reprendront lundi », a indiqué un porte-parole du syndicat.",
        "« Rien ne changera avant l’été », a prévenu la direction.",
        "« Nous attendons toujours une réponse », a lancé l’un d’eux.",
    ])
    func otherMentions(_ text: String) throws {
        let r = try reading(text)
        #expect(!r.holds, "\(r.mention)")
    }

    /// When stage 2 links such a description to no one, the quote's sub-case is `role` and the ranker may override it.
    @Test func openToTheRanker() throws {
        let text = "« Ces pratiques doivent cesser sans délai », dénonce le directeur général."
        let analysis = SieveTestSupport.analyzer.analyze(text)
        let (linked, model, _) = QuoteExtractor().linkedQuotes(in: analysis.document, entities: analysis.entities)
        let i = try #require(linked.lastIndex { $0.kind == .direct })
        try #require(linked[i].speaker?.name == nil)
        #expect(SpeakerRanker.deliberatelyUnnamed(i, linked, document: analysis.document, model: model) == .role)
        #expect(!SpeakerRanker.isDeliberatelyUnnamed(i, linked, document: analysis.document, model: model))
    }
}
