/// Converts between the offset units of one text in O(1) per lookup, built in one
/// forward pass: UTF-16 (what ICU speaks), UTF-8 (what `String.Index` is made of
/// for native strings) and Unicode code points (what JSON consumers expect).
struct OffsetMap: Sendable {
    /// For each UTF-8 offset 0...count, the code-point offset of the scalar that starts there
    /// (or that contains it, for continuation bytes).
    private let scalarAtUTF8: [Int32]
    /// For each UTF-16 offset 0...count, the matching UTF-8 offset.
    private let utf8AtUTF16: [Int32]

    init(_ text: String) {
        var scalarAtUTF8 = [Int32]()
        var utf8AtUTF16 = [Int32]()
        scalarAtUTF8.reserveCapacity(text.utf8.count + 1)
        utf8AtUTF16.reserveCapacity(text.utf8.count + 1)
        var scalarIndex: Int32 = 0
        var utf8Index: Int32 = 0
        for scalar in text.unicodeScalars {
            let width = UTF8.width(scalar)
            for _ in 0..<width { scalarAtUTF8.append(scalarIndex) }
            utf8AtUTF16.append(utf8Index)
            if scalar.value > 0xFFFF { utf8AtUTF16.append(utf8Index) }
            scalarIndex += 1
            utf8Index += Int32(width)
        }
        scalarAtUTF8.append(scalarIndex)
        utf8AtUTF16.append(utf8Index)
        self.scalarAtUTF8 = scalarAtUTF8
        self.utf8AtUTF16 = utf8AtUTF16
    }

    /// Number of code points in the text.
    var scalarCount: Int { Int(scalarAtUTF8[scalarAtUTF8.count - 1]) }
    /// Number of UTF-16 units in the text.
    var utf16Count: Int { utf8AtUTF16.count - 1 }

    func scalarOffset(utf8 offset: Int) -> Int { Int(scalarAtUTF8[offset]) }
    func utf8Offset(utf16 offset: Int) -> Int { Int(utf8AtUTF16[offset]) }
}
