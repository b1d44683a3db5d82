import Testing
@testable import FrenchText

/// The hygiene every lexical table keeps: a header saying its source, entries, no duplicates,
/// sorted by UTF-8 bytes, apostrophes written ' (variants with ’ are made in code).
enum ResourceFileCheck {
    static func expectWellFormed(_ name: String, _ bytes: [UInt8], sourceLocation: SourceLocation = #_sourceLocation) {
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(text.hasPrefix("# "), "\(name) opens with a header saying its source", sourceLocation: sourceLocation)
        let lines = WordList.lines(bytes)
        #expect(!lines.isEmpty, "\(name) has entries", sourceLocation: sourceLocation)
        #expect(Set(lines).count == lines.count, "\(name) has duplicate lines", sourceLocation: sourceLocation)
        #expect(lines == lines.sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }, "\(name) is sorted", sourceLocation: sourceLocation)
        #expect(!text.contains("\u{2019}"), "\(name) writes apostrophes as '", sourceLocation: sourceLocation)
    }
}
