import Testing
@testable import FrenchText

/// Bad or odd input never crashes: random sequences of the pieces the rules look at.
@Suite struct QuoteRobustnessTests {
    static let pieces = ["«", "»", " « ", " » ", "\"", "“", "”", "‹", "›", "'", "’", ",", ", ", ":", " : ", ".", ". ", "…", "(", ")", "–", "—",
                         "\n", "\n\n", " ", "\u{00A0}", "\u{202F}", "a-t-il", "a-t-elle", "déclaré", "a", "déclare", "selon", "Selon", "Pour",
                         "D’après", "que", "qu’", "qui", "M.", "Mme", "Dr", "Le", "la", "le", "les", "un", "une", "son", "sa", "ministre",
                         "porte-parole", "maire", "Jean", "Dupont", "Anna", "Wright", "J.-P.", "Kervella", "Van", "den", "l’", "d’", "Amnesty",
                         "International", "préfecture", "du", "Calvados", "il", "elle", "iel", "plusieurs", "rapport", "intitulé", "s’indigne",
                         "ajoute-t-elle", "Nous", "resterons", "mobilisés", "jusqu’au", "bout", "1 000", "2025", "l'Intérieur", "quant", "à"]

    @Test func randomPiecesNeverCrash() {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next() -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int(truncatingIfNeeded: state >> 33)
        }
        let extractor = QuoteExtractor()
        let tokenizer = Tokenizer()
        for _ in 0..<1500 {
            let length = next() % 40
            var text = ""
            for _ in 0..<length {
                let piece = Self.pieces[next() % Self.pieces.count]
                text += piece
                if next() % 3 == 0 { text += " " }
            }
            let doc = tokenizer.document(from: text)
            let (quotes, _) = extractor.quotes(in: doc, entities: [])
            for q in quotes {
                #expect(q.span.start <= q.span.end)
                #expect(q.span.end <= doc.codePointCount)
            }
        }
    }
}
