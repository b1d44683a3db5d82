import Testing
@testable import FrenchText

/// `person-inverted-speech-cue`: two or three capitalised words after a speech verb inverted after a quote.
@Suite struct PersonInvertedSpeechCueTests {
    @Test(arguments: [
        ("« Les prix montent encore », déplore Kadiatou Sylla, une commerçante du marché.", "Kadiatou Sylla"),
        ("« Nous manquons de tout », témoigne Fortuné Espoir, coordonnateur de la protection civile.", "Fortuné Espoir"),
        ("« Le budget passera en juin », nous répond Ans Persoons (Vooruit), secrétaire d’État.", "Ans Persoons"),
        ("« Il ne reste qu’un logement », nous dira Mebarki Abdelkader, délégué du quartier.", "Mebarki Abdelkader"),
        ("« On a bien défendu », confiait Serigne Saliou Dia après le match.", "Serigne Saliou Dia"),
    ])
    func findsTheName(text: String, name: String) {
        #expect(candidates(text, by: .personInvertedSpeechCue).contains(name))
    }

    @Test(arguments: [
        "« C’est fini », déplore la direction.",
        "« Nous resterons vigilants », souligne Amnesty International.",
        "« Nous resterons vigilants », explique Greenpeace.",
        "Il déplore, « sans raison », Paris Match et ses photos.",
        "« Rien n’a changé », dénonce le syndicat CGT Énergie.",
    ])
    func noPersonIsNone(text: String) {
        #expect(candidates(text, by: .personInvertedSpeechCue).isEmpty)
    }

    @Test func aPlaceNounOpensNoName() {
        #expect(candidates("« Tout est calme », assure Mairie Centrale ce matin.", by: .personInvertedSpeechCue).isEmpty)
    }
}

/// `person-inverted-speech-cue`: a first name alone closing the clause after the inverted verb is the speaker.
@Suite struct PersonInvertedSpeechCueFirstNameTests {
    @Test(arguments: [
        ("« On a tout perdu en une nuit », soupire Hélène. Les secours arrivent.", "PER Hélène"),
        ("« Personne ne nous a prévenus », raconte Julien, la voix cassée.", "PER Julien"),
    ])
    func theFirstNameIsThePerson(text: String, label: String) {
        let labels = entityLabels(text)
        #expect(labels.contains(label), "\(labels)")
    }

    /// A first name that is also a known place, or one followed by more of a name, is left to the other rules.
    @Test func aKnownPlaceIsNone() {
        let labels = entityLabels("« Nous resterons unis », affirme France. Le vote suit.")
        #expect(!labels.contains("PER France"), "\(labels)")
    }
}

