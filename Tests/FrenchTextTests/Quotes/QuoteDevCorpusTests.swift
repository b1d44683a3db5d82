import Foundation
import Testing
@testable import FrenchText

/// Regressions named after the dev documents they come from (read from ../shared, skipped when absent).
@Suite(.enabled(if: QuoteTestSupport.devCorpusIsAvailable)) struct QuoteDevCorpusTests {
    /// The seed press release: a quote over four paragraphs, one speaker, introduced by a colon.
    @Test func seedDocumentFourAnnaWrightParagraphs() throws {
        let text = try QuoteTestSupport.devText("000_8341a00d39fe1b10.txt")
        let analysis = FrenchAnalyzer().analyze(text, name: "000")
        let direct = analysis.quotes.filter { $0.kind == .direct }
        #expect(direct.count == 4)
        #expect(direct.allSatisfy { $0.speaker?.name == "Anna Wright" })
        #expect(direct.allSatisfy { $0.speaker?.gender == .female })
        #expect(direct.first?.speaker?.role == "spécialiste de la région")
        #expect(direct.first?.speaker?.organisation == "Amnesty International")
        #expect(direct.first?.rule == "colon-intro")
        #expect(direct.dropFirst().allSatisfy { $0.rule == "continuation:paragraph" })
        #expect(direct.first?.text.hasPrefix("La remise en liberté de 52 personnes") == true)
        #expect(direct.last?.text.hasSuffix("leurs droits fondamentaux.") == true)
        // Offsets point into the text as read.
        for q in direct {
            let scalars = Array(text.unicodeScalars)
            #expect(String(String.UnicodeScalarView(scalars[q.span.start..<q.span.end])) == q.text)
        }
        // « coup dur » in a teaser is a fragment, not a quote.
        #expect(analysis.quotes.contains { $0.kind == .fragment && $0.text == "coup dur" })
        #expect(analysis.warnings.isEmpty)
    }

    /// Every gold quote of the dev corpus is found with its speaker (or its null speaker).
    @Test func devCorpusGoldQuotes() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: QuoteTestSupport.devCorpus.path).filter { $0.hasSuffix(".gold.json") }.sorted()
        for file in files {
            let gold = try JSONSerialization.jsonObject(with: Data(contentsOf: QuoteTestSupport.devCorpus.appendingPathComponent(file))) as? [String: Any]
            let goldQuotes = gold?["quotes"] as? [[String: Any]] ?? []
            let text = try QuoteTestSupport.devText(file.replacingOccurrences(of: ".gold.json", with: ".txt"))
            let direct = FrenchAnalyzer().analyze(text, name: file).quotes.filter { $0.kind == .direct }
            #expect(direct.count == goldQuotes.count, "\(file)")
            for g in goldQuotes {
                let gtext = g["text"] as? String ?? ""
                let match = direct.first { $0.text == gtext || $0.text.hasPrefix(gtext) || gtext.hasPrefix($0.text) }
                #expect(match != nil, "\(file): \(gtext.prefix(40))")
                let speaker = g["speaker"] as? String
                if let match, let speaker {
                    let aliases = (g["aliases"] as? [String] ?? []) + [speaker]
                    let last = speaker.split(separator: " ").last.map(String.init) ?? speaker
                    #expect(aliases.contains(match.speaker?.name ?? "") || (match.speaker?.name ?? "").contains(last), "\(file): \(gtext.prefix(40))")
                } else if let match {
                    #expect(match.speaker?.name == nil, "\(file): \(gtext.prefix(40))")
                }
            }
        }
    }
}
