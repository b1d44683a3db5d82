import Foundation
import Testing
@testable import FrenchText

@Suite struct TextDecoderTests {
    @Test func utf8PassesThroughWithoutBOM() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("Député·e·s élu·e·s".utf8)
        let decoded = try TextDecoder().decode(bytes, source: "a.txt")
        #expect(decoded.text == "Député·e·s élu·e·s")
        #expect(decoded.charset == nil)
        #expect(decoded.warning(source: "a.txt") == nil)
    }

    @Test func windows1252IsConverted() throws {
        // « L’été œuvre », a-t-elle déclaré. — in Windows-1252: « = AB, ’ = 92, é = E9, œ = 9C, » = BB
        let bytes: [UInt8] = [0xAB, 0x20, 0x4C, 0x92, 0xE9, 0x74, 0xE9, 0x20, 0x9C, 0x75, 0x76, 0x72, 0x65, 0x20, 0xBB]
            + Array(", a-t-elle d".utf8) + [0xE9] + Array("clar".utf8) + [0xE9] + Array(" hier ".utf8) + [0xE0] + Array(" Gen".utf8) + [0xE8] + Array("ve.".utf8)
        let decoded = try TextDecoder().decode(bytes, source: "cp1252.txt")
        #expect(decoded.text == "« L’été œuvre », a-t-elle déclaré hier à Genève.")
        #expect(decoded.charset?.lowercased().contains("1252") == true)
        #expect(decoded.warning(source: "cp1252.txt")?.contains("cp1252.txt") == true)
    }

    @Test func latin1WithoutC1BytesIsConverted() throws {
        let bytes: [UInt8] = Array("La ministre a d".utf8) + [0xE9] + Array("clar".utf8) + [0xE9] + Array(" que la r".utf8) + [0xE9] + Array("forme serait retir".utf8) + [0xE9] + Array("e en f".utf8) + [0xE9] + Array("vrier.".utf8)
        let decoded = try TextDecoder().decode(bytes, source: "latin1.txt")
        #expect(decoded.text == "La ministre a déclaré que la réforme serait retirée en février.")
        #expect(decoded.charset != nil)
    }

    @Test func utf16WithBOMIsText() throws {
        var bytes: [UInt8] = [0xFF, 0xFE]
        for unit in "« Élu », a-t-il dit.".utf16 { bytes += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        let decoded = try TextDecoder().decode(bytes, source: "u16.txt")
        #expect(decoded.text == "« Élu », a-t-il dit.")
    }

    @Test(arguments: [[UInt8](), Array("  \n\t\r\n".utf8)])
    func emptyIsRefused(bytes: [UInt8]) {
        #expect(throws: FrenchTextError.emptyInput(source: "vide.txt")) { try TextDecoder().decode(bytes, source: "vide.txt") }
    }

    @Test func nulBytesAreBinary() {
        let bytes: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D] + Array("IHDR".utf8)
        #expect(throws: FrenchTextError.binaryInput(source: "image.txt")) { try TextDecoder().decode(bytes, source: "image.txt") }
    }

    @Test func controlCharactersAreBinary() {
        let bytes: [UInt8] = (0..<200).map { UInt8(1 + $0 % 8) } + Array("texte".utf8)
        #expect(throws: FrenchTextError.binaryInput(source: "x.bin")) { try TextDecoder().decode(bytes, source: "x.bin") }
    }
}

/// Honest decoding: a stray byte does not turn a UTF-8 file into mojibake, short Windows-1252
/// texts are not read as Windows-1250.
@Suite struct HonestDecodingTests {
    @Test func oneInvalidByteInUTF8KeepsUTF8AndSaysWhere() throws {
        let head = Array("« Nous resterons mobilisés », a déclaré Anna Wright à Genève. ".utf8)
        let bytes = head + [0xE9] + Array(" Le Président François Hollande a répondu.".utf8)
        let decoded = try TextDecoder().decode(bytes, source: "a.txt")
        #expect(decoded.charset == nil)
        #expect(decoded.text.contains("mobilisés") && decoded.text.contains("Genève") && decoded.text.contains("François"))
        #expect(decoded.text.contains("\u{FFFD}"))
        #expect(decoded.replacements == 1 && decoded.replacementOffsets == [head.count])
        let warnings = decoded.warnings(source: "a.txt")
        #expect(warnings.map(\.code) == ["FT101"])
        #expect(warnings.first?.message.contains("byte \(head.count)") == true)
    }

    @Test func manyInvalidBytesListTheFirstOffsets() throws {
        var bytes = [UInt8]()
        for i in 0..<30 { bytes += Array("Élu n°\(i), réélu à Besançon ".utf8) + (i % 2 == 0 ? [0xFF] : []) }
        let decoded = try TextDecoder().decode(bytes, source: "b.txt")
        #expect(decoded.charset == nil)
        #expect(decoded.replacements == 15 && decoded.replacementOffsets.count == TextDecoder.reportedOffsets)
        #expect(decoded.warning(source: "b.txt")?.hasSuffix("…") == true)
    }

    @Test(arguments: [
        "Le député a voté à Genève.",
        "Où est passé l’été ?",
        "Ça suffit, dit-il.",
        "Déjà là.",
        "À bientôt, ma sœur.",
    ])
    func shortWindows1252TextIsWindows1252(text: String) throws {
        let bytes = try #require(text.data(using: .windowsCP1252))
        let decoded = try TextDecoder().decode(Array(bytes), source: "court.txt")
        #expect(decoded.text == text)
        #expect(decoded.warnings(source: "court.txt").map(\.code) == ["FT102"])
    }
}
