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
        let count = text.utf8.count
        let built: ([Int32], [Int32])? = text.utf8.withContiguousStorageIfAvailable { bytes in
            var utf16Count = 0
            // One pass over the bytes: a byte that is not a continuation byte starts a scalar.
            let scalarAtUTF8 = [Int32](unsafeUninitializedCapacity: count + 1) { buffer, initialized in
                var scalarIndex: Int32 = -1
                for i in 0..<count {
                    let b = bytes[i]
                    if b & 0xC0 != 0x80 {
                        scalarIndex += 1
                        utf16Count += b >= 0xF0 ? 2 : 1
                    }
                    buffer[i] = scalarIndex
                }
                buffer[count] = scalarIndex + 1
                initialized = count + 1
            }
            let utf8AtUTF16 = [Int32](unsafeUninitializedCapacity: utf16Count + 1) { buffer, initialized in
                var k = 0
                for i in 0..<count {
                    let b = bytes[i]
                    if b & 0xC0 != 0x80 {
                        buffer[k] = Int32(i); k += 1
                        if b >= 0xF0 { buffer[k] = Int32(i); k += 1 }
                    }
                }
                buffer[k] = Int32(count)
                initialized = k + 1
            }
            return (scalarAtUTF8, utf8AtUTF16)
        }
        if let built {
            self.scalarAtUTF8 = built.0
            self.utf8AtUTF16 = built.1
            return
        }
        var scalarAtUTF8 = [Int32]()
        var utf8AtUTF16 = [Int32]()
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
