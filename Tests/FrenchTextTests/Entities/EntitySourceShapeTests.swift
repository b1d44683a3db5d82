import Foundation
import Testing

/// Issue 8: no function in `Sources/FrenchText/Entities` is longer than 80 lines.
@Suite struct EntitySourceShapeTests {
    static let entitiesFolder: URL = {
        PackageRoot.url.appendingPathComponent("Sources/FrenchText/Entities")
    }()

    /// Each function's name and length in lines (from its `func` line to the brace that closes it).
    static func functionLengths(_ source: String) -> [(String, Int)] {
        let lines = source.split(separator: "\n", omittingEmptySubsequences: false)
        var out = [(String, Int)]()
        for (i, line) in lines.enumerated() {
            guard let range = line.range(of: "func "), !line.trimmingCharacters(in: .whitespaces).hasPrefix("//") else { continue }
            let name = line[range.upperBound...].prefix { $0.isLetter || $0.isNumber || $0 == "_" }
            var depth = 0, started = false
            for j in i..<lines.count {
                for c in lines[j] { if c == "{" { depth += 1; started = true } else if c == "}" { depth -= 1 } }
                if started && depth <= 0 { out.append((String(name), j - i + 1)); break }
            }
        }
        return out
    }

    @Test func noFunctionIsLongerThan80Lines() throws {
        let files = FileManager.default.enumerator(at: Self.entitiesFolder, includingPropertiesForKeys: nil)?
            .compactMap { $0 as? URL }.filter { $0.pathExtension == "swift" } ?? []
        #expect(!files.isEmpty)
        for file in files {
            for (name, length) in Self.functionLengths(try String(contentsOf: file, encoding: .utf8)) {
                #expect(length <= 80, "\(file.lastPathComponent): \(name) is \(length) lines")
            }
        }
    }
}
