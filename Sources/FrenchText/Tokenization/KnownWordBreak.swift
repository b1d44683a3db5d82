/// Word boundaries of ICU's rules (UAX #29) that three code units decide, so the tokenizer does not ask ICU for
/// them (``TokenScanner/segmentEnded(by:from:)``).
///
/// Between a Latin letter (ICU's class ALetter) and `, ; ! ? ( ) [ ] { } " % * + < > = & $ / \ | ~ ^`, `« » “ ” … – —`
/// ICU always breaks: no rule joins a letter to them. Before `. : ' ’ ·` it breaks unless a letter follows, the only
/// case where its rules WB6 and WB7 keep them inside a word (`musique.Emmanuel`, `aujourd’hui`); the test here is
/// narrower still: an ASCII unit that is neither a letter nor a digit follows, or the end of the text.
///
/// ```swift
/// // "Paris, le" : ICU breaks between "s" and ",".
/// KnownWordBreak.isBoundary(before: 0x2C, after: 0x73, next: 0x20)   // true
/// // "musique.Emmanuel" : ICU keeps "." between two letters.
/// KnownWordBreak.isBoundary(before: 0x2E, after: 0x65, next: 0x45)   // false (ask ICU)
/// ```
enum KnownWordBreak {
    /// True when ICU certainly breaks between `left` and `unit`, `next` being the unit after `unit` (0 at the end of
    /// the text); false when ICU must be asked.
    @inline(__always)
    static func isBoundary(before unit: UInt16, after left: UInt16, next: UInt16) -> Bool {
        // Letters of Latin-1 and Latin Extended A and B are all ALetter (no Hebrew, no dictionary script).
        guard left < 0x250, CharacterClass.isLetter(left) else { return false }
        switch unit {
        case 0x2C, 0x3B, 0x21, 0x3F, 0x28, 0x29, 0x5B, 0x5D, 0x7B, 0x7D, 0x22, 0x25, 0x2A, 0x2B, 0x3C, 0x3E, 0x3D, 0x26,
             0x24, 0x2F, 0x5C, 0x7C, 0x7E, 0x5E, 0xAB, 0xBB, 0x201C, 0x201D, 0x2026, 0x2013, 0x2014:
            return true
        case 0x2E, 0x3A, 0x27, 0x2019, 0xB7:
            return next < 0x80 && !CharacterClass.isLetter(next) && !CharacterClass.isDigit(next)
        default:
            return false
        }
    }

    /// The units of ``isBoundary(before:after:next:)``: always a boundary after a letter, and a boundary unless a
    /// letter follows (for the tests).
    static let always: [UInt16] = [0x2C, 0x3B, 0x21, 0x3F, 0x28, 0x29, 0x5B, 0x5D, 0x7B, 0x7D, 0x22, 0x25, 0x2A, 0x2B, 0x3C,
                                   0x3E, 0x3D, 0x26, 0x24, 0x2F, 0x5C, 0x7C, 0x7E, 0x5E, 0xAB, 0xBB, 0x201C, 0x201D, 0x2026,
                                   0x2013, 0x2014]
    static let unlessLetterFollows: [UInt16] = [0x2E, 0x3A, 0x27, 0x2019, 0xB7]
}
