import Foundation
@testable import FrenchText

/// Helpers for the quote tests: run the extractor on a text, read marker inputs, find the dev corpus.
enum QuoteTestSupport {
    /// Quotes and warnings of `text` (entities given or none).
    static func extract(_ text: String, entities: [EntityMention] = []) -> (quotes: [Quote], warnings: [FrenchTextError]) {
        let doc = Tokenizer().document(from: text, name: "test")
        return QuoteExtractor().quotes(in: doc, entities: entities)
    }

    static func direct(_ text: String, entities: [EntityMention] = []) -> [Quote] {
        extract(text, entities: entities).quotes.filter { $0.kind == .direct }
    }

    /// Removes the markers `1️⃣`…`9️⃣` from `marked` and returns the text with each marker's
    /// code-point offset (swift-syntax `extractMarkers` style).
    static func markers(_ marked: String) -> (text: String, offsets: [Int: Int]) {
        let u = Array(marked.unicodeScalars)
        var text = String.UnicodeScalarView()
        var offsets = [Int: Int]()
        var i = 0
        while i < u.count {
            if let digit = Int(String(u[i])), digit > 0 {
                var j = i + 1
                if j < u.count, u[j] == "\u{FE0F}" { j += 1 }
                if j < u.count, u[j] == "\u{20E3}" {
                    offsets[digit] = text.count
                    i = j + 1
                    continue
                }
            }
            text.append(u[i])
            i += 1
        }
        return (String(text), offsets)
    }

    /// The package root, from this file's path.
    static var packageRoot: URL {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<4 { url.deleteLastPathComponent() }
        return url
    }

    /// `../shared/corpus/dev` beside the package.
    static var devCorpus: URL { packageRoot.appendingPathComponent("../shared/corpus/dev").standardizedFileURL }

    static var devCorpusIsAvailable: Bool {
        FileManager.default.fileExists(atPath: devCorpus.appendingPathComponent("000_8341a00d39fe1b10.txt").path)
    }

    static func devText(_ name: String) throws -> String {
        try String(contentsOf: devCorpus.appendingPathComponent(name), encoding: .utf8)
    }
}
