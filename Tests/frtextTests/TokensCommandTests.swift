import Foundation
import Testing

/// `frtext tokens` and `frtext explain`, run as the built binary.
@Suite struct TokensCommandTests {
    static func temporaryFile(_ bytes: [UInt8], name: String = "tokens") throws -> URL {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("frtext-\(name)-\(UUID()).txt")
        try Data(bytes).write(to: file)
        return file
    }

    @Test func textFormatOneTokenALine() throws {
        let file = try Self.temporaryFile(Array("La libération de 52 détenu·e·s, a-t-il dit.".utf8))
        defer { try? FileManager.default.removeItem(at: file) }
        let result = try CLI.run(["tokens", file.path])
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.count == 10)
        #expect(lines.contains("20\t30\tword\tinclusive\tdétenu·e·s\tdétenus/détenues"))
        #expect(lines.contains("33\t38\tpronoun\tinversion\t-t-il"))
    }

    @Test func jsonFormat() throws {
        let file = try Self.temporaryFile(Array("« Oui », dit-elle.\nAppelez le +33 1 53 38 66 00.".utf8))
        defer { try? FileManager.default.removeItem(at: file) }
        let result = try CLI.run(["tokens", file.path, "--format", "json"])
        #expect(result.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let tokens = try #require(object["tokens"] as? [[String: Any]])
        #expect(tokens.first?["kind"] as? String == "quote")
        #expect(tokens.first?["whitespace_after"] as? String == " ")
        #expect(tokens.contains { $0["text"] as? String == "+33 1 53 38 66 00" && $0["kind"] as? String == "phone" })
        #expect((object["paragraphs"] as? [Any])?.count == 2)
        #expect((object["sentences"] as? [Any])?.count == 2)
    }

    /// The done-when check on the seed document.
    @Test(.enabled(if: FileManager.default.fileExists(atPath: TokensCommandTests.seed.path)))
    func seedDocument() throws {
        let result = try CLI.run(["tokens", Self.seed.path, "--format", "json"])
        #expect(result.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let tokens = try #require(object["tokens"] as? [[String: Any]])
        let detenus = tokens.first { $0["text"] as? String == "détenu·e·s" }
        let inclusive = detenus?["inclusive"] as? [String: String]
        #expect(inclusive == ["masc": "détenus", "fem": "détenues"])
        #expect(tokens.contains { $0["text"] as? String == "+33 1 53 38 66 00" })
    }

    static let seed: URL = {
        var url = URL(fileURLWithPath: #filePath)
        while url.pathComponents.count > 1, !FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) {
            url.deleteLastPathComponent()
        }
        return url.appendingPathComponent("../shared/corpus/dev/000_8341a00d39fe1b10.txt").standardizedFileURL
    }()

    @Test func invalidUTF8NamesFileAndByteAndGoesOn() throws {
        let bad = try Self.temporaryFile(Array("Élu ".utf8) + [0xFF] + Array(" ici".utf8), name: "bad")
        let good = try Self.temporaryFile(Array("Bonjour.".utf8), name: "good")
        defer { try? FileManager.default.removeItem(at: bad); try? FileManager.default.removeItem(at: good) }
        let result = try CLI.run(["tokens", bad.path, good.path])
        #expect(result.status != 0)
        #expect(result.stderr.contains("\(bad.path): invalid UTF-8 at byte 5"))
        #expect(result.stdout.contains("Bonjour"))
    }

    @Test func explainShowsRules() throws {
        let result = try CLI.run(["explain", "Selon M. Türk, a-t-elle dit."])
        #expect(result.status == 0)
        #expect(result.stdout.contains("abbreviation  abbreviation  M."))
        #expect(result.stdout.contains("pronoun       inversion     -t-elle"))
    }
}
