import Foundation
import Testing
@testable import FrenchText

/// No function in Entities is longer than 80 lines (issue 8): a long rule is split into named rules.
@Suite struct FunctionLengthTests {
    /// `file:line name (n lines)` for each function, initializer or computed property over `limit` lines.
    static func longFunctions(in folder: String, limit: Int) throws -> [String] {
        let directory = FrenchLiteralTests.sourceRoot.appendingPathComponent(folder)
        let files = FileManager.default.enumerator(atPath: directory.path)?.compactMap { $0 as? String } ?? []
        let declaration = try Regex(#"^\s*(?:(?:public|package|private|fileprivate|static|mutating|override|@inline\(__always\))\s+)*(?:func |init[(<]|var \w+[^=]*\{$)"#)
        var found = [String]()
        for file in files.sorted() where file.hasSuffix(".swift") {
            let lines = try String(contentsOf: directory.appendingPathComponent(file), encoding: .utf8)
                .split(separator: "\n", omittingEmptySubsequences: false)
            for (n, line) in lines.enumerated() where line.hasSuffix("{") && line.firstMatch(of: declaration) != nil {
                var depth = 0
                var end = n
                for k in n..<lines.count {
                    depth += lines[k].filter { $0 == "{" }.count - lines[k].filter { $0 == "}" }.count
                    end = k
                    if depth <= 0 { break }
                }
                if end - n + 1 > limit { found.append("\(folder)/\(file):\(n + 1) (\(end - n + 1) lines)") }
            }
        }
        return found
    }

    @Test func entityFunctionsAreShort() throws {
        let found = try Self.longFunctions(in: "Entities", limit: 80)
        #expect(found.isEmpty, "\(found.joined(separator: "\n"))")
    }

    @Test func theCheckFindsALongFunction() throws {
        // The check itself: with a limit of 10 lines, Entities has long functions.
        #expect(try !Self.longFunctions(in: "Entities", limit: 10).isEmpty)
    }
}
