import Foundation

/// Character classes over UTF-16 code units, from a table built once for the whole
/// Basic Multilingual Plane, so the tokenizer's hot loop never asks Unicode property
/// questions one character at a time.
///
/// ```swift
/// CharacterClass.isLetter(0x00E9)   // true ("é")
/// CharacterClass.isWhitespace(0x202F) // true (narrow no-break space)
/// ```
enum CharacterClass {
    static let letter: UInt8 = 1 << 0
    static let upper: UInt8 = 1 << 1
    static let lower: UInt8 = 1 << 2
    static let digit: UInt8 = 1 << 3
    static let whitespace: UInt8 = 1 << 4
    static let mark: UInt8 = 1 << 5
    /// Letters, marks, digits and `_`, but not the apostrophe ʼ: what a word is made of.
    static let wordPart: UInt8 = 1 << 6
    static let lineBreak: UInt8 = 1 << 7

    /// One byte of flags per BMP code unit; surrogates count as letters (astral words are ICU's call).
    /// Filled a page of 256 units at a time, the first time a unit of the page is read (a run on one
    /// paragraph touches a handful of pages; building all 65,536 entries took 5 ms of start-up).
    /// Hot loops keep this value to skip the lazy-global check.
    nonisolated(unsafe) static let table = CharacterTable()

    static func flags(of scalar: Unicode.Scalar) -> UInt8 {
        let p = scalar.properties
        var f: UInt8 = 0
        switch p.generalCategory {
        case .uppercaseLetter, .titlecaseLetter: f |= letter | upper
        case .lowercaseLetter: f |= letter | lower
        case .modifierLetter, .otherLetter: f |= letter
        case .nonspacingMark, .spacingMark, .enclosingMark: f |= mark
        case .decimalNumber: f |= digit
        case .format: f |= mark // soft hyphen, zero-width joiners stay inside words
        default: break
        }
        if (f & (letter | mark | digit) != 0 || scalar == "_") && scalar != "\u{02BC}" { f |= wordPart }
        if p.isWhitespace { f |= whitespace }
        switch scalar.value {
        case 0x0A, 0x0B, 0x0C, 0x0D, 0x85, 0x2028, 0x2029: f |= lineBreak
        default: break
        }
        return f
    }

    @inline(__always) static func flags(_ u: UInt16) -> UInt8 { table[Int(u)] }
    @inline(__always) static func isLetter(_ u: UInt16) -> Bool { table[Int(u)] & letter != 0 }
    @inline(__always) static func isUpper(_ u: UInt16) -> Bool { table[Int(u)] & upper != 0 }
    @inline(__always) static func isLower(_ u: UInt16) -> Bool { table[Int(u)] & lower != 0 }
    @inline(__always) static func isDigit(_ u: UInt16) -> Bool { u >= 0x30 && u <= 0x39 }
    @inline(__always) static func isWhitespace(_ u: UInt16) -> Bool { table[Int(u)] & whitespace != 0 }
    @inline(__always) static func isLineBreak(_ u: UInt16) -> Bool { table[Int(u)] & lineBreak != 0 }
    /// Letters, combining marks, format characters and digits: what a word is made of.
    @inline(__always) static func isWordPart(_ u: UInt16) -> Bool { table[Int(u)] & wordPart != 0 }
    /// Letters and combining marks (no digits).
    @inline(__always) static func isLetterOrMark(_ u: UInt16) -> Bool { table[Int(u)] & (letter | mark) != 0 }

    /// True for punctuation (Unicode P* categories), false for symbols and the rest.
    static func isPunctuation(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
             .initialPunctuation, .finalPunctuation, .otherPunctuation: true
        default: false
        }
    }

    /// ' ’ ʼ : the apostrophes of elision.
    @inline(__always) static func isApostrophe(_ u: UInt16) -> Bool { u == 0x27 || u == 0x2019 || u == 0x02BC }
    /// - ‐ ‑ : hyphens that join compounds and inversions.
    @inline(__always) static func isHyphen(_ u: UInt16) -> Bool { u == 0x2D || u == 0x2010 || u == 0x2011 }
    /// Space characters allowed between groups of digits: space, no-break, narrow no-break, thin.
    @inline(__always) static func isDigitGroupSpace(_ u: UInt16) -> Bool { u == 0x20 || u == 0xA0 || u == 0x202F || u == 0x2009 }
    /// Middle dots used in inclusive writing: · • ⋅ ‧ ∙ and the Greek ano teleia.
    @inline(__always) static func isMiddleDot(_ u: UInt16) -> Bool {
        u == 0xB7 || u == 0x2022 || u == 0x22C5 || u == 0x2027 || u == 0x2219 || u == 0x0387
    }
    /// Quotation marks: « » “ ” „ ‟ ‹ › " ‚ ‘ ‛.
    @inline(__always) static func isQuoteMark(_ u: UInt16) -> Bool {
        switch u {
        case 0xAB, 0xBB, 0x201C, 0x201D, 0x201E, 0x201F, 0x2039, 0x203A, 0x22, 0x201A, 0x2018, 0x201B: true
        default: false
        }
    }
    /// Characters that ICU keeps inside a word between letters (MidLetter, MidNumLet, MidNum) and that
    /// FrenchText rules look at: . : · ‧ , ; @ and the apostrophes.
    @inline(__always) static func isInnerPunctuation(_ u: UInt16) -> Bool {
        switch u {
        case 0x2E, 0x3A, 0x2C, 0x3B, 0x40, 0x27, 0x2019, 0x2018, 0x02BC, 0xB7, 0x0387, 0x2027, 0x2024, 0xFE13, 0xFE52, 0xFE55, 0xFF07, 0xFF0E, 0xFF1A, 0x05F4:
            true
        default: false
        }
    }
}

/// The lazily filled table behind ``CharacterClass/table``: `0xFF` (no character has every flag:
/// upper and lower never meet) marks an entry not computed yet.
struct CharacterTable: @unchecked Sendable {
    private let bytes: UnsafeMutablePointer<UInt8>
    private let lock = NSLock()

    init() {
        bytes = .allocate(capacity: 0x10000)
        bytes.initialize(repeating: 0xFF, count: 0x10000)
    }

    @inline(__always) subscript(_ unit: Int) -> UInt8 {
        let f = bytes[unit]
        return f != 0xFF ? f : fill(unit)
    }

    /// Computes the page of `unit` (each entry is written once, with its final value, so a reader
    /// sees either 0xFF or the flags).
    @inline(never) private func fill(_ unit: Int) -> UInt8 {
        lock.lock()
        defer { lock.unlock() }
        let page = unit & ~0xFF
        if bytes[page] == 0xFF || bytes[unit] == 0xFF {
            for u in page..<page + 0x100 where bytes[u] == 0xFF {
                if (0xD800...0xDFFF).contains(u) { bytes[u] = CharacterClass.letter; continue }
                bytes[u] = Unicode.Scalar(UInt32(u)).map(CharacterClass.flags(of:)) ?? 0
            }
        }
        return bytes[unit]
    }
}
