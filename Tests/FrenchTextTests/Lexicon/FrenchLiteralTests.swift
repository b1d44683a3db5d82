import Foundation
import Testing
@testable import FrenchText

/// Language data is data: no French word written as a string literal in Swift. A literal counts when
/// it is one word Hunspell knows (`"selon"`, `"préfecture"`); format codes that happen to be words
/// (Hunspell's `po:nom`, `is:mas`) are allowed by name.
@Suite struct FrenchLiteralTests {
    static let sourceRoot = ResourceFileCheck.resourceDirectory.deletingLastPathComponent()
    /// Hunspell/Dicollecte field values and the ICU locale, not French text.
    static let formatCodes: Set<String> = ["nom", "mas", "fem", "epi", "inv", "pl", "sg", "fr"]
    /// English identifiers that Hunspell also knows: stable rule names of the JSON output (`continuation`, `slogan`),
    /// part tags of the speech-noun table (`passive`), and gender/reason codes of the resource tables (`masculine`,
    /// `coordination`), and the entity type codes of the JSON output (`DATE`, `ORG`).
    static let englishIdentifiers: Set<String> = ["continuation", "coordination", "masculine", "passive", "slogan", "DATE", "ORG"]

    /// `file:line: "word"` for each French word literal under `folder` (comments skipped).
    static func frenchLiterals(in folder: String, excluding excluded: (String) -> Bool = { _ in false }) throws -> [String] {
        let lexicon = try #require(Lexicon.shared)
        let directory = sourceRoot.appendingPathComponent(folder)
        let files = FileManager.default.enumerator(atPath: directory.path)?.compactMap { $0 as? String } ?? []
        let literal = try Regex(#""((?:[^"\\]|\\.)*)""#)
        var found = [String]()
        for file in files.sorted() where file.hasSuffix(".swift") && !excluded(file) {
            let text = try String(contentsOf: directory.appendingPathComponent(file), encoding: .utf8)
            for (n, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                let code = line.trimmingCharacters(in: .whitespaces)
                if code.hasPrefix("//") { continue }
                let body = code.range(of: " //").map { String(code[..<$0.lowerBound]) } ?? code
                for match in body.matches(of: literal) {
                    let value = String(match.output[1].substring ?? "")
                    guard value.count >= 2, value.allSatisfy({ $0.isLetter || $0 == "'" || $0 == "’" || $0 == "-" }),
                          !formatCodes.contains(value), !englishIdentifiers.contains(value) else { continue }
                    if lexicon.contains(value.lowercased()) || lexicon.contains(value) { found.append("\(folder)/\(file):\(n + 1): \"\(value)\"") }
                }
            }
        }
        return found
    }

    @Test(arguments: ["Core", "Lexicon", "Tokenization"])
    func noFrenchWordsInSharedLayers(_ folder: String) throws {
        // Inclusive writing is being moved to data by its own issue.
        let found = try Self.frenchLiterals(in: folder) { $0.hasPrefix("Inclusive") }
        let count = found.count
        #expect(count == 0, "\(found.joined(separator: "\n"))")
    }

    @Test func noFrenchWordsInTheAnalyzer() throws {
        let found = try Self.frenchLiterals(in: ".") { $0.contains("/") }
        let count = found.count
        #expect(count == 0, "\(found.joined(separator: "\n"))")
    }

    /// The quote extractor's own files (not `Sieves/` and `Participants/`, still being moved) hold no French word.
    @Test func noFrenchWordsInTheQuoteExtractor() throws {
        let found = try Self.frenchLiterals(in: "Quotes") { $0.contains("/") }
        #expect(found.isEmpty, "\(found.joined(separator: "\n"))")
    }

    /// The whole quote extractor, `Sieves/` and `Participants/` included, holds no French word (issue 9).
    @Test func noFrenchWordsInQuotes() throws {
        let found = try Self.frenchLiterals(in: "Quotes")
        #expect(found.isEmpty, "\(found.joined(separator: "\n"))")
    }

    /// The entity tagger, `Rules/` included, holds no French word: its word lists are resource files, its small
    /// closed classes `entity_word_groups.tsv` (``EntityWordGroups``) (issue 8).
    @Test func noFrenchWordsInEntities() throws {
        let found = try Self.frenchLiterals(in: "Entities")
        #expect(found.isEmpty, "\(found.joined(separator: "\n"))")
    }
}
