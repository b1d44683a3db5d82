import Foundation
@testable import FrenchText

/// Shared helpers of the tokenization tests.
enum TokenizerFixture {
    static let tokenizer = Tokenizer()

    static func document(_ text: String) -> Document { tokenizer.document(from: text) }

    /// The token texts of `text`.
    static func texts(_ text: String) -> [String] { document(text).tokens.map(\.text) }

    /// The first token whose text is `word`.
    static func token(_ word: String, in text: String) -> Token? { document(text).tokens.first { $0.text == word } }

    /// True when the tokens and their trailing whitespace rebuild the text from the first token on.
    static func rebuilds(_ doc: Document) -> Bool {
        guard let first = doc.tokens.first else { return doc.text.allSatisfy(\.isWhitespace) }
        let rebuilt = doc.tokens.map { $0.text + $0.whitespaceAfter }.joined()
        return rebuilt == String(doc.text[first.span.range.lowerBound...])
    }
}

/// The gold-annotated dev corpus beside the repository (`../shared/corpus/dev`), when present.
enum TokenizerDevCorpus {
    static let directory: URL = {
        PackageRoot.url.appendingPathComponent("../shared/corpus/dev").standardizedFileURL
    }()

    static var isAvailable: Bool {
        FileManager.default.fileExists(atPath: directory.appendingPathComponent("000_8341a00d39fe1b10.txt").path)
    }

    /// Names (without extension) of the documents that have a gold file.
    static var names: [String] {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return files.filter { $0.hasSuffix(".gold.json") }.map { String($0.dropLast(".gold.json".count)) }.sorted()
    }

    static func text(_ name: String) throws -> String {
        try String(contentsOf: directory.appendingPathComponent(name + ".txt"), encoding: .utf8)
    }

    struct InclusiveGold: Decodable, Equatable { let form: String; let masc: String; let fem: String }
    private struct Gold: Decodable { let inclusive: [InclusiveGold]? }

    static func inclusiveGold(_ name: String) throws -> [InclusiveGold] {
        let data = try Data(contentsOf: directory.appendingPathComponent(name + ".gold.json"))
        return try JSONDecoder().decode(Gold.self, from: data).inclusive ?? []
    }
}
