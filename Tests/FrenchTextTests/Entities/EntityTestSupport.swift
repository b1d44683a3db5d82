import Foundation
@testable import FrenchText

/// Tags `text` and returns `TYPE text` strings (plus `=value` for dates), in document order.
func entityLabels(_ text: String, date: String? = nil, relativeDates: Bool = false) -> [String] {
    entityMentions(text, date: date, relativeDates: relativeDates).map { m in
        m.type == .date ? "\(m.type.rawValue) \(m.text)=\(m.value ?? "nil")" : "\(m.type.rawValue) \(m.text)"
    }
}

func entityMentions(_ text: String, date: String? = nil, relativeDates: Bool = false) -> [EntityMention] {
    let doc = Tokenizer().document(from: text)
    return EntityTagger(relativeDates: relativeDates).mentions(in: doc, documentDate: date.flatMap { try? DocumentDate(iso: $0) })
}

/// The shared dev corpus (`../shared/corpus/dev` from the package root), when present.
enum EntityDevCorpus {
    static let directory: URL = {
        PackageRoot.url.appendingPathComponent("../shared/corpus/dev").standardizedFileURL
    }()

    static var isAvailable: Bool {
        FileManager.default.fileExists(atPath: directory.appendingPathComponent("000_8341a00d39fe1b10.txt").path)
    }

    static func text(_ name: String) throws -> String {
        try String(contentsOf: directory.appendingPathComponent(name), encoding: .utf8)
    }
}

/// The texts of the candidates `rule` proposes in `text`, before the resolver chooses among all rules' candidates
/// (a rule is tested alone: another rule may win the mention in the end).
func candidates(_ text: String, by rule: EntityRule, date: String? = nil) -> [String] {
    let doc = Tokenizer().document(from: text)
    let words = EntityWords.view(of: doc)
    let context = EntityContext(words: words, tables: .shared, gazetteer: .shared, lexicon: Lexicon.shared)
    let (found, _) = EntityTagger.candidates(in: context, documentDate: date.flatMap { try? DocumentDate(iso: $0) }, relativeDates: false)
    return found.filter { $0.rule == rule }.map { c in
        String(doc.text(of: doc.span(utf8: words[c.range.lowerBound].utf8Start, words[c.range.upperBound - 1].utf8End)))
    }
}
