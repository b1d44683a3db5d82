import Foundation
import Testing
@testable import FrenchText

@Suite struct InputCollectorTests {
    /// A temporary folder with `files` (relative paths) holding short French texts.
    static func folder(_ files: [String]) throws -> String {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("frtext-collect-\(UUID())").path
        for f in files {
            let path = root + "/" + f
            try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try "Le maire a salué l’initiative.".write(toFile: path, atomically: true, encoding: .utf8)
        }
        return root
    }

    @Test func foldersAreWalkedRecursivelyInSortedOrder() throws {
        let root = try Self.folder(["b/2.txt", "a/1.txt", "a/notes.md", "c.txt", ".cache.txt"])
        defer { try? FileManager.default.removeItem(atPath: root) }
        let items = InputCollector().collect([root, "-"])
        #expect(items.map(\.path) == [root + "/a/1.txt", root + "/b/2.txt", root + "/c.txt", "-"])
        #expect(items.map(\.source) == ["a", "b", (root as NSString).lastPathComponent, "stdin"])
        #expect(items.map(\.document) == ["1.txt", "2.txt", "c.txt", "stdin"])
    }

    @Test func globChoosesFiles() throws {
        let root = try Self.folder(["a/1.txt", "a/notes.md", "b/x.md"])
        defer { try? FileManager.default.removeItem(atPath: root) }
        #expect(InputCollector(glob: "*.md").collect([root]).map(\.document) == ["notes.md", "x.md"])
        #expect(InputCollector(glob: "b/*").collect([root]).map(\.document) == ["x.md"])
    }

    @Test func explicitFilesAreKeptEvenWhenMissing() {
        let items = InputCollector().collect(["/nonexistent/communiqué.md"])
        #expect(items.map(\.document) == ["communiqué.md"])
    }

    @Test(arguments: [("presse/amnesty-2025-belarus.txt", "amnesty"), ("001-hrw-rwanda.txt", "hrw"), ("2025_01.txt", "2025")])
    func prefixSource(path: String, source: String) {
        #expect(SourceRule.prefix.source(ofPath: path) == source)
    }

    @Test func shardsCoverTheInputsOnce() throws {
        let all = (0..<11).map { "doc\($0).txt" }
        let shards = (1...3).map { Shard(index: $0, count: 3).select(all) }
        #expect(shards.map(\.count) == [4, 4, 3])
        #expect(Set(shards.flatMap { $0 }) == Set(all))
        #expect(shards.flatMap { $0 }.count == all.count)
        #expect(Shard(parsing: "2/3") == Shard(index: 2, count: 3))
    }

    @Test(arguments: ["0/2", "3/2", "1/0", "1", "a/b", "1/2/3", ""])
    func malformedShardsAreRefused(text: String) {
        #expect(Shard(parsing: text) == nil)
    }

    @Test func readerRefusesLargeAndMissingFiles() throws {
        let root = try Self.folder(["a.txt"])
        defer { try? FileManager.default.removeItem(atPath: root) }
        let item = InputCollector().collect([root + "/a.txt"])[0]
        #expect(throws: FrenchTextError.self) { try InputReader(maxBytes: 5).read(item) }
        do {
            _ = try InputReader(maxBytes: 5).read(item)
        } catch let error as FrenchTextError {
            #expect(error.code == "FT005")
        }
        let missing = InputItem(path: root + "/absent.txt", document: "absent.txt", source: "x")
        #expect(throws: FrenchTextError.unreadable(source: root + "/absent.txt", reason: "no such file")) { try InputReader().read(missing) }
        #expect(try InputReader().read(item).text == "Le maire a salué l’initiative.")
    }
}
