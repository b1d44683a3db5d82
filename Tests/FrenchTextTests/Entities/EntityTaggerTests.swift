import Testing
@testable import FrenchText

@Suite struct EntityTaggerTests {
    @Test func mentionsAreOrderedFlatAndCarryOffsets() {
        let text = "Le 1er septembre 2025, Anna Wright, d’Amnesty International, était à Genève."
        let ms = entityMentions(text)
        #expect(ms.map { "\($0.type.rawValue) \($0.text)" } == ["DATE 1er septembre 2025", "PER Anna Wright", "ORG Amnesty International", "LOC Genève"])
        for (a, b) in zip(ms, ms.dropFirst()) { #expect(a.span.end <= b.span.start) }
        let scalars = Array(text.unicodeScalars)
        for m in ms {
            #expect(String(String.UnicodeScalarView(scalars[m.span.start..<m.span.end])) == m.text)
        }
    }

    @Test func documentationExample() {
        let doc = Tokenizer().document(from: "Le 1er septembre 2025, M. Volker Türk est arrivé à Genève.")
        #expect(EntityTagger().mentions(in: doc).map { "\($0.type.rawValue) \($0.text) \($0.value ?? "")" }
                == ["DATE 1er septembre 2025 2025-09-01", "PER Volker Türk ", "LOC Genève "])
    }

    @Test func oneNameKeepsOneType() {
        let ms = entityMentions("Amnesty International demande la libération des détenus. Pour Amnesty International, c’est urgent.")
        #expect(ms.filter { $0.text == "Amnesty International" }.map(\.type) == [.organisation, .organisation])
    }

    @Test func groupsEntitiesWithCounts() {
        let ms = entityMentions("M. Volker Türk s’est exprimé. M. Türk a insisté. Le Bélarus et la Biélorussie désignent le même pays.")
        let groups = Entity.group(ms)
        #expect(groups.first { $0.canonical == "Volker Türk" }?.count == 2)
        #expect(groups.first { $0.canonical == "Bélarus" }?.count == 2)
    }

    @Test(arguments: ["", " ", "\n\n", "« »", "M.", "le 31", "2025", "l’", "(((", "Mme —", "du 1er au"])
    func oddInputDoesNotCrash(_ text: String) {
        _ = entityMentions(text)
        _ = entityMentions(text, date: "not a date")
    }

    /// Shuffled press fragments: spans stay inside the text, in order and without overlap.
    @Test func shuffledFragmentsKeepSpansValid() {
        let pieces = ["M.", "Mme", "le", "1er", "septembre", "2025", "Türk", "(", ")", "«", "»", "l’", "Intérieur", "du", "au", "–", "-",
                      "Nord", "Kivu", "J.", "Amnesty", "International", "de", "la", "République", "Conseil", "des", "droits", ",", ".",
                      "\n", "18/10/2022", "3.", "Avril", "hier", "rue", "Saint", "Pierre", "ACAT", "RDC", "en", "1994", "Anna", "von", "al-Assad"]
        var seed: UInt64 = 42
        for _ in 0..<40 {
            var text = ""
            for _ in 0..<30 {
                seed = seed &* 6364136223846793005 &+ 1442695040888963407
                text += pieces[Int(seed >> 33) % pieces.count] + ((seed >> 20) % 3 == 0 ? "" : " ")
            }
            let ms = entityMentions(text, date: "2024-05-01")
            let count = text.unicodeScalars.count
            for m in ms { #expect(m.span.start >= 0 && m.span.end <= count && m.span.start < m.span.end) }
            for (a, b) in zip(ms, ms.dropFirst()) { #expect(a.span.end <= b.span.start) }
        }
    }

    @Test func worksWithoutALexicon() {
        let doc = Tokenizer().document(from: "Le 2 juin 2014, Human Rights Watch a publié un rapport sur le Rwanda.")
        let ms = EntityTagger(lexicon: nil).mentions(in: doc)
        #expect(ms.map(\.text) == ["2 juin 2014", "Human Rights Watch", "Rwanda"])
    }
}
