import Testing
@testable import FrenchText

/// The candidates of a direct quote and their features (SpeakerFeatures), on sentences written for the test.
@Suite struct SpeakerFeaturesTests {
    /// The quotes as the sieves left them, their features, the direct quotes' indices.
    static func features(_ text: String) -> SpeakerFeatures {
        let analysis = SieveTestSupport.analyzer.analyze(text)
        let (linked, model, _) = QuoteExtractor().linkedQuotes(in: analysis.document, entities: analysis.entities)
        return SpeakerFeatures(document: analysis.document, model: model, quotes: linked)
    }

    static func candidate(_ f: SpeakerFeatures, quote k: Int, _ name: String?) -> SpeakerCandidate? {
        f.candidates(of: f.directs[k]).first { $0.name == name }
    }

    /// A cue after the quote naming the speaker: chosen, explicit, named after it in the same sentence.
    @Test(arguments: [
        "La réunion a duré deux heures. « Nous ne céderons rien sur les salaires », a déclaré Sophie Marchand.",
        "« Le chantier reprendra lundi matin », a indiqué Sophie Marchand à la sortie du conseil.",
    ])
    func nameCue(_ text: String) throws {
        let f = Self.features(text)
        let c = try #require(Self.candidate(f, quote: 0, "Sophie Marchand"))
        #expect(c.features[.chosen] == 1)
        #expect(c.features[.chosenExplicitAfter] == 1)
        #expect(c.features[.afterSameSentence] == 1)
        #expect(c.features[.nearestAfter] == 1)
        #expect((c.features[.chosenConfidence] ?? 0) > 0.5)
        let none = try #require(f.candidates(of: f.directs[0]).last)
        #expect(none.isNone && none.features[.noneBias] == 1 && none.features[.noneChosenNoSpeaker] == nil)
    }

    /// A pronoun continuing the subject of the paragraph: the subject is before the quote, as its sentence subject.
    @Test func pronounContinuation() throws {
        let f = Self.features("Le maire Paul Henry a présenté le budget de la commune hier soir. « Nous tiendrons nos engagements », a-t-il assuré.")
        let c = try #require(Self.candidate(f, quote: 0, "Paul Henry"))
        #expect(c.features[.chosen] == 1)
        #expect(c.features[.beforeSameSentence] == 1 || c.features[.beforeSameParagraph] == 1)
        #expect(c.features[.beforeIsSubject] == 1)
        #expect(c.features[.nearestBefore] == 1)
        #expect(c.features[.genderContradicts] == nil)
    }

    /// A headline quote, first paragraph, without cue: "none" knows it opens the text.
    @Test func headlineQuote() throws {
        let f = Self.features("« Nous ne lâcherons rien »\n\nLa grève des éboueurs entre dans sa deuxième semaine. La direction reste silencieuse.")
        let none = try #require(f.candidates(of: f.directs[0]).last)
        #expect(none.isNone)
        #expect(none.features[.noneHeadline] == 1)
    }

    /// A quote naming another person inside it: that person is mentioned inside, the speaker is not.
    @Test func anotherPersonInside() throws {
        let f = Self.features("Claire Dubois a répondu aux critiques de Marc Leroy. « Marc Leroy ne connaît pas le dossier », a lancé Claire Dubois.")
        let named = try #require(Self.candidate(f, quote: 0, "Marc Leroy"))
        let speaker = try #require(Self.candidate(f, quote: 0, "Claire Dubois"))
        #expect(named.features[.mentionedInside] == 1)
        #expect(speaker.features[.mentionedInside] == nil)
        #expect(speaker.features[.chosen] == 1 && named.features[.chosen] == nil)
    }

    /// A pronoun whose gender a candidate contradicts.
    @Test func genderAgreement() throws {
        let f = Self.features("Paul Henry a reçu Marie Dupont à la mairie. « Nous resterons vigilants », a-t-elle prévenu.")
        let paul = try #require(Self.candidate(f, quote: 0, "Paul Henry"))
        #expect(paul.features[.genderContradicts] == 1)
    }
}
