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
        var url = URL(fileURLWithPath: #filePath)
        while url.pathComponents.count > 1 && !FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) {
            url.deleteLastPathComponent()
        }
        return url.appendingPathComponent("../shared/corpus/dev").standardizedFileURL
    }()

    static var isAvailable: Bool {
        FileManager.default.fileExists(atPath: directory.appendingPathComponent("000_8341a00d39fe1b10.txt").path)
    }

    static func text(_ name: String) throws -> String {
        try String(contentsOf: directory.appendingPathComponent(name), encoding: .utf8)
    }
}
