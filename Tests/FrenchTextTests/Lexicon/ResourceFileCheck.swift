import Foundation
import Testing
@testable import FrenchText

/// The hygiene every lexical table keeps: valid UTF-8 in NFC, a header saying its source, entries,
/// no duplicates, sorted by UTF-8 bytes, apostrophes written ' (variants with ’ are made in code).
enum ResourceFileCheck {
    static func expectWellFormed(_ name: String, _ bytes: [UInt8], sourceLocation: SourceLocation = #_sourceLocation) {
        let decoded = String(validating: bytes, as: UTF8.self)
        #expect(decoded != nil, "\(name) is valid UTF-8", sourceLocation: sourceLocation)
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(text.precomposedStringWithCanonicalMapping == text, "\(name) is NFC", sourceLocation: sourceLocation)
        #expect(text.hasPrefix("# "), "\(name) opens with a header saying its source", sourceLocation: sourceLocation)
        let lines = LexicalTables.lines(bytes)
        #expect(!lines.isEmpty, "\(name) has entries", sourceLocation: sourceLocation)
        #expect(Set(lines).count == lines.count, "\(name) has duplicate lines", sourceLocation: sourceLocation)
        #expect(lines == lines.sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }, "\(name) is sorted", sourceLocation: sourceLocation)
        #expect(!lines.contains { $0.contains("\u{2019}") }, "\(name) writes apostrophes as '", sourceLocation: sourceLocation)
    }

    /// The resource folder in the source tree (for what is not embedded: `SOURCES.md`, the listing).
    static let resourceDirectory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Sources/FrenchText/Resources")

    /// The file names that have a row in `SOURCES.md`.
    static func sourcedFiles() throws -> Set<String> {
        let text = try String(contentsOf: resourceDirectory.appendingPathComponent("SOURCES.md"), encoding: .utf8)
        var names = Set<String>()
        for line in text.split(separator: "\n") where line.hasPrefix("| ") {
            let cell = line.dropFirst(2).prefix { $0 != "|" }.trimmingCharacters(in: " ")
            if cell != "file" && !cell.hasPrefix("-") { names.insert(cell) }
        }
        return names
    }
}
