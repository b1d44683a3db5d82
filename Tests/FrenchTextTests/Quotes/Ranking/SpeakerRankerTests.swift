import Testing
@testable import FrenchText

/// The speaker ranker's weights and its choices (SpeakerRanker).
@Suite struct SpeakerRankerTests {
    /// Every name in `speaker_ranker.tsv` is a feature the code computes.
    @Test func weightsLoadAndAreKnownFeatures() {
        let ranker = SpeakerRanker.shared
        #expect(ranker.unknownNames.isEmpty)
        #expect(!ranker.weights.isEmpty)
        #expect(ranker.weights.keys.allSatisfy { SpeakerFeature(rawValue: $0.rawValue) != nil })
    }

    /// On clear cue sentences, the ranker keeps the sieves' choice.
    @Test(arguments: [
        ("Le conseil municipal s’est réuni jeudi. « Nous ne céderons rien sur les salaires », a déclaré Sophie Marchand.", "Sophie Marchand"),
        ("Paul Henry a reçu Marie Dupont à la mairie. « Nous resterons vigilants », a prévenu Marie Dupont.", "Marie Dupont"),
        ("Selon Karim Benali, « la saison sera longue pour tout le monde ».", "Karim Benali"),
        ("Claire Dubois, présidente de l’association, a déclaré : « Nous porterons plainte dès lundi ».", "Claire Dubois"),
    ])
    func keepsClearCues(_ text: String, _ speaker: String) throws {
        let analysis = SieveTestSupport.analyzer.analyze(text)
        let (linked, model, _) = QuoteExtractor().linkedQuotes(in: analysis.document, entities: analysis.entities)
        let ranked = SpeakerRanker.shared.rank(linked, document: analysis.document, model: model)
        let q = try #require(ranked.first { $0.kind == .direct })
        #expect(q.speaker?.name == speaker)
        #expect(q.resolution != SpeakerRanker.resolution)
    }

    /// A quote the sieves left unnamed on purpose keeps no speaker, even with a named person nearby: an unnamed
    /// mention, an impersonal `on`, a crowd's slogan (with the sub-case the training dump reports).
    @Test(arguments: [
        ("Le maire Jean Valmont a signé le permis. « Le chantier commencera en mars », indique-t-on à la mairie.", DeliberatelyUnnamed.mention),  // (read with its place: no bare `on`)
        ("Le député Paul Girard a visité l’usine. « Nous avons eu très peur cette nuit-là », raconte une habitante du quartier.", .mention),
    ])
    func keepsDeliberateNone(_ text: String, _ reason: DeliberatelyUnnamed) throws {
        let analysis = SieveTestSupport.analyzer.analyze(text)
        let (linked, model, _) = QuoteExtractor().linkedQuotes(in: analysis.document, entities: analysis.entities)
        let i = try #require(linked.lastIndex { $0.kind == .direct })
        try #require(linked[i].speaker?.name == nil)
        #expect(SpeakerRanker.isDeliberatelyUnnamed(i, linked, document: analysis.document, model: model))
        #expect(SpeakerRanker.deliberatelyUnnamed(i, linked, document: analysis.document, model: model) == reason, "\(linked[i].speaker?.mention ?? "-")")
        #expect(SpeakerRanker.shared.rank(linked, document: analysis.document, model: model)[i].speaker?.name == nil)
    }

    /// Scores are the weighted sum of the features; probabilities sum to one, best first.
    @Test func scoresAndProbabilities() {
        let ranker = SpeakerRanker(rows: [["chosen", "2"], ["none-bias", "-1"], ["not-a-feature", "3"]])
        #expect(ranker.unknownNames == ["not-a-feature"])
        let a = SpeakerCandidate(participant: 0, name: "A", aliases: [], kind: .person, features: [.chosen: 1])
        let none = SpeakerCandidate(participant: nil, name: nil, aliases: [], kind: nil, features: [.noneBias: 1])
        let r = ranker.ranked([none, a])
        #expect(r.first?.candidate.name == "A")
        #expect(abs(r.map(\.probability).reduce(0, +) - 1) < 1e-9)
        #expect(r.first?.score == 2 && r.last?.score == -1)
    }
}
