import Testing
@testable import FrenchText

@Suite struct UTF8ValidationTests {
    @Test func findsTheFirstBadByte() {
        let bytes: [UInt8] = Array("Élu ".utf8) + [0xE9] + Array(" à Genève".utf8)
        #expect(UTF8Validation.firstInvalidOffset(in: bytes) == 5)
        #expect(throws: FrenchTextError.invalidUTF8(source: "a.txt", byteOffset: 5)) {
            try UTF8Validation.decode(bytes, source: "a.txt")
        }
        #expect(FrenchTextError.invalidUTF8(source: "a.txt", byteOffset: 5).description == "error FT001: a.txt: invalid UTF-8 at byte 5")
    }

    @Test func dropsTheByteOrderMark() throws {
        #expect(try UTF8Validation.decode([0xEF, 0xBB, 0xBF] + Array("Oui".utf8), source: "b") == "Oui")
    }
}
