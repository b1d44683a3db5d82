import Testing
@testable import FrenchText

/// ``KnownWordBreak`` says ICU breaks only where ICU's word break iterator does break, for every Latin letter before
/// the unit and several units after it.
@Suite struct KnownWordBreakTests {
    static let letters: [UInt16] = (0x41..<0x250).map(UInt16.init).filter { CharacterClass.isLetter($0) }
    /// What may follow the unit: letters (plain, accented, capital), a digit, spaces, punctuation, a combining mark,
    /// an emoji, a CJK ideograph, the same unit again, the end of the text.
    static let nexts: [[UInt16]] = [[0x61], [0xE9], [0x45], [0x31], [0x20], [0xA0], [0x0A], [0x2E], [0x2C], [0x29], [0x301],
                                    [0xD83D, 0xDE00], [0x4E60], [0x2019], [0x27], []]

    @Test(arguments: KnownWordBreak.always + KnownWordBreak.unlessLetterFollows)
    func saysBoundaryOnlyWhereICUBreaks(unit: UInt16) throws {
        var claimed = 0
        for next in Self.nexts {
            // "x" + letter + unit + next + " ", for every letter: the unit sits at 2 + 5k (4 + next's length).
            var text = [UInt16]()
            var offsets = [Int]()
            for left in Self.letters {
                guard KnownWordBreak.isBoundary(before: unit, after: left, next: next.first ?? 0) else { continue }
                offsets.append(text.count + 2)
                text += [0x78, left, unit] + next + (next.isEmpty ? [] : [0x20])
                if next.isEmpty { break }  // the end of the text: one piece, last
            }
            guard !offsets.isEmpty else { continue }
            let boundaries = Set(try BreakIterator.boundaries(.word, in: text).offsets)
            for offset in offsets {
                #expect(boundaries.contains(offset), "U+\(String(text[offset - 1], radix: 16)) U+\(String(unit, radix: 16)) \(next)")
                claimed += 1
            }
        }
        #expect(claimed > 0)
    }

    @Test func asksICUBeforeALetterOrAfterOtherScripts() {
        #expect(!KnownWordBreak.isBoundary(before: 0x2E, after: 0x65, next: 0x45))    // musique.Emmanuel
        #expect(!KnownWordBreak.isBoundary(before: 0x2019, after: 0x64, next: 0x68))  // aujourd’hui
        #expect(!KnownWordBreak.isBoundary(before: 0x2C, after: 0x5D0, next: 0x20))   // Hebrew letter
        #expect(!KnownWordBreak.isBoundary(before: 0x2C, after: 0x301, next: 0x20))   // combining mark
        #expect(!KnownWordBreak.isBoundary(before: 0x40, after: 0x65, next: 0x61))    // @ (e-mail addresses)
        #expect(KnownWordBreak.isBoundary(before: 0x2C, after: 0xE9, next: 0x20))     // été,
    }
}
