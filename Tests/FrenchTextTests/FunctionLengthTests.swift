import Foundation
import Testing
@testable import FrenchText

/// No function in `Quotes/` or `Entities/` is longer than 80 lines (issues 8 and 9): a long function is a rule, a
/// sieve or a step waiting to be named. Counts the lines from a `func`/`init` to the brace that closes it (braces in string literals ignored).
@Suite struct FunctionLengthTests {
    static let limit = 80

    /// `(file:line name, lines)` of every function or initialiser of the Swift files under `folder`.
    static func functions(in folder: String) throws -> [(name: String, lines: Int)] {
        let directory = FrenchLiteralTests.sourceRoot.appendingPathComponent(folder)
        let files = FileManager.default.enumerator(atPath: directory.path)?.compactMap { $0 as? String } ?? []
        let declaration = try Regex(#"^\s*(?:@[A-Za-z_]+(?:\([^)]*\))?\s+)*(?:(?:public|private|fileprivate|internal|package|static|class|mutating|nonmutating|override|final)\s+)*(?:func\s|init[\s(<?])"#)
        var found = [(name: String, lines: Int)]()
        for file in files.sorted() where file.hasSuffix(".swift") {
            let lines = try String(contentsOf: directory.appendingPathComponent(file), encoding: .utf8)
                .split(separator: "\n", omittingEmptySubsequences: false)
            for (n, line) in lines.enumerated() where line.firstMatch(of: declaration) != nil {
                var depth = 0, opened = false, end = n
                scan: for k in n..<lines.count {
                    var inString = false, escaped = false
                    for c in lines[k] {
                        if escaped { escaped = false; continue }
                        if c == "\\" { escaped = true; continue }
                        if c == "\"" { inString.toggle(); continue }
                        if inString { continue }
                        if c == "{" { depth += 1; opened = true }
                        if c == "}" { depth -= 1 }
                    }
                    // (a protocol requirement or a declaration without a body)
                    if !opened, k > n, lines[k].trimmingCharacters(in: .whitespaces).isEmpty { end = n; break scan }
                    if opened, depth <= 0 { end = k; break scan }
                }
                found.append(("\(folder)/\(file):\(n + 1)", end - n + 1))
            }
        }
        return found
    }

    @Test func noFunctionInQuotesIsLongerThan80Lines() throws {
        let all = try Self.functions(in: "Quotes")
        #expect(all.count > 100, "the scan found too few functions to be right")
        let long = all.filter { $0.lines > Self.limit }.map { "\($0.name) (\($0.lines) lines)" }
        #expect(long.isEmpty, "\(long.joined(separator: "\n"))")
    }

    @Test func noFunctionInEntitiesIsLongerThan80Lines() throws {
        let all = try Self.functions(in: "Entities")
        #expect(all.count > 100, "the scan found too few functions to be right")
        let long = all.filter { $0.lines > Self.limit }.map { "\($0.name) (\($0.lines) lines)" }
        #expect(long.isEmpty, "\(long.joined(separator: "\n"))")
    }

    /// The scan sees a long function as long.
    @Test func theScanMeasuresFunctions() throws {
        let all = try Self.functions(in: "Quotes")
        let driver = try #require(all.first { $0.name.hasSuffix("QuoteExtractor.swift:\(Self.lineOf("package func linkedQuotes(in document", in: "Quotes/QuoteExtractor.swift"))") })
        #expect(driver.lines > 10)
    }

    static func lineOf(_ text: String, in file: String) -> Int {
        let url = FrenchLiteralTests.sourceRoot.appendingPathComponent(file)
        let lines = (try? String(contentsOf: url, encoding: .utf8))?.split(separator: "\n", omittingEmptySubsequences: false) ?? []
        return (lines.firstIndex { $0.contains(text) } ?? -1) + 1
    }
}
