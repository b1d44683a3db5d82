/// The Unicode case, letter and space properties the rules test on scalars, answered for ASCII without the standard
/// library's property tables (about 300 instructions a question there, asked at most words of a document). Outside
/// ASCII they are `properties.isUppercase` and the like; inside, the same answers from the code point:
/// `A`–`Z` are the only upper-case ASCII scalars, `a`–`z` the only lower-case ones, letters are those two runs, and
/// the white-space ones are tab to carriage return and the space.
///
/// ```swift
/// ("É" as Unicode.Scalar).isUppercaseProperty   // true (the property table)
/// ("e" as Unicode.Scalar).isUppercaseProperty   // false (read from the code point)
/// ```
extension Unicode.Scalar {
    /// `properties.isUppercase`.
    @inline(__always) var isUppercaseProperty: Bool { value < 0x80 ? value &- 0x41 < 26 : properties.isUppercase }
    /// `properties.isLowercase`.
    @inline(__always) var isLowercaseProperty: Bool { value < 0x80 ? value &- 0x61 < 26 : properties.isLowercase }
    /// `properties.isAlphabetic`.
    @inline(__always) var isAlphabeticProperty: Bool { value < 0x80 ? (value | 0x20) &- 0x61 < 26 : properties.isAlphabetic }
    /// `properties.isWhitespace`.
    @inline(__always) var isWhitespaceProperty: Bool { value < 0x80 ? value == 0x20 || value &- 0x09 < 5 : properties.isWhitespace }
}
