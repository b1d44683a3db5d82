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
    @Test(.enabled(if: FileManager.default.fileExists(atPath: TokensCommandTests.seed.path), "needs ../shared/corpus/dev beside the repository (the shared dev corpus), absent here"))
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

    @Test func invalidUTF8IsReplacedWithAWarningNamingFileAndByte() throws {
        let bad = try Self.temporaryFile(Array("Élu ".utf8) + [0xFF] + Array(" ici".utf8), name: "bad")
        let good = try Self.temporaryFile(Array("Bonjour.".utf8), name: "good")
        defer { try? FileManager.default.removeItem(at: bad); try? FileManager.default.removeItem(at: good) }
        let result = try CLI.run(["tokens", bad.path, good.path])
        #expect(result.status == 0)
        #expect(result.stderr.contains("\(bad.path): 1 invalid UTF-8 byte replaced by U+FFFD at byte 5") && result.stderr.contains("FT101"))
        #expect(result.stdout.contains("Élu") && result.stdout.contains("Bonjour"))
    }

    /// `tokens` reads its inputs as `report` does.
    @Test func inputsAreReadLikeTheReport() throws {
        let s = Scratch()
        defer { s.remove() }
        var utf16: [UInt8] = [0xFF, 0xFE]
        for unit in "« Élu », dit-il.".utf16 { utf16 += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        s.write("a-utf16.txt", bytes: utf16)
        s.write("b-cp1252.txt", bytes: Array("D".utf8) + [0xE9] + Array("put".utf8) + [0xE9] + Array(" ".utf8) + [0xE0] + Array(" Gen".utf8) + [0xE8] + Array("ve.".utf8))
        s.write("c-binaire.txt", bytes: [0x89, 0x50, 0x4E, 0x47, 0, 0, 0, 1])
        s.write("d-nuls.txt", bytes: [UInt8](repeating: 0, count: 64))
        s.write("e-grand.txt", String(repeating: "Le maire a parlé. ", count: 100))
        let result = try CLI.run(["tokens", s.root, "-f", "text", "--max-size", "1K"])
        #expect(result.status == 1)
        #expect(result.stdout.contains("\tÉlu") && result.stdout.contains("\tDéputé") && result.stdout.contains("\tGenève"))
        #expect(result.stderr.contains("c-binaire.txt") && result.stderr.contains("d-nuls.txt") && result.stderr.contains("FT003"))
        #expect(result.stderr.contains("e-grand.txt") && result.stderr.contains("FT005"))
        #expect(result.stderr.contains("b-cp1252.txt") && result.stderr.contains("FT102"))
        let piped = try CLI.run(["tokens", "-", "-f", "json"], stdin: Data("Qu’a-t-il dit ?".utf8))
        #expect(piped.status == 0)
        #expect(piped.stdout.contains("\"-t-il\""))
        let tooBig = try CLI.run(["tokens", "-", "--max-size", "10"], stdin: Data("Une phrase bien plus longue que dix octets.".utf8))
        #expect(tooBig.status == 1 && tooBig.stderr.contains("FT005"))
    }

    @Test func explainHasASizeLimitToo() throws {
        let big = try Self.temporaryFile(Array(String(repeating: "Le maire a parlé. ", count: 100).utf8), name: "big")
        defer { try? FileManager.default.removeItem(at: big) }
        let result = try CLI.run(["explain", big.path, "--max-size", "1K"])
        #expect(result.status == 1 && result.stderr.contains("FT005"))
    }

    @Test func explainShowsRules() throws {
        let result = try CLI.run(["explain", "Selon M. Türk, a-t-elle dit."])
        #expect(result.status == 0)
        #expect(result.stdout.contains("abbreviation  abbreviation  M."))
        #expect(result.stdout.contains("pronoun       inversion     -t-elle"))
    }
}
