/// The text read by code points, the library's one offset unit (a ``TextSpan``'s `start` and `end`, the JSON
/// output and the gold files count them): the quote-mark scanner walks ``Document/codePoints``, and a stretch of
/// code points is read back or made a span through the UTF-8 offset of each code point, built once per document.
///
/// ```swift
/// let doc = Tokenizer().document(from: "« Élu »")
/// doc.codePoints.count            // 7
/// doc.text(codePoints: 2..<5)     // "Élu"
/// ```
extension Document {
    /// The text's code points, built on first use and shared by every copy of the document.
    var codePoints: [Unicode.Scalar] { codePointTable.scalars }

    /// The UTF-8 offset of code point `offset` (`codePoints.count` gives the text's UTF-8 length).
    func utf8Offset(codePoint offset: Int) -> Int { Int(codePointTable.utf8Offsets[offset]) }

    /// The text of code points `range`, clamped to the text.
    func text(codePoints range: Range<Int>) -> String {
        let table = codePointTable
        let count = table.scalars.count
        let lower = max(0, min(range.lowerBound, count)), upper = max(lower, min(range.upperBound, count))
        let utf8 = text.utf8
        let from = utf8.index(utf8.startIndex, offsetBy: Int(table.utf8Offsets[lower]))
        let to = utf8.index(utf8.startIndex, offsetBy: Int(table.utf8Offsets[upper]))
        return String(decoding: utf8[from..<to], as: UTF8.self)
    }

    /// The span between two code-point offsets.
    func span(codePoints lower: Int, _ upper: Int) -> TextSpan {
        let table = codePointTable
        return span(utf8: Int(table.utf8Offsets[lower]), Int(table.utf8Offsets[upper]))
    }
}

/// A document's code points and the UTF-8 offset of each (plus the total at the end), made in one pass.
struct CodePointTable: Sendable {
    let scalars: [Unicode.Scalar]
    let utf8Offsets: [Int32]

    init(_ text: String) {
        // Decoded from the UTF-8 bytes in place (a String's bytes are valid UTF-8), into arrays filled without a
        // capacity check at each append: a tenth of the per-scalar cost of `unicodeScalars` and `append`.
        let n = text.utf8.count
        var decoded: (scalars: [Unicode.Scalar], offsets: [Int32])? = text.utf8.withContiguousStorageIfAvailable { b in
            var count = 0
            let offsets = [Int32](unsafeUninitializedCapacity: n + 1) { offsets, filled in
                var i = 0
                while i < n {
                    offsets[count] = Int32(i)
                    count += 1
                    let c = b[i]
                    i += c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4
                }
                offsets[count] = Int32(n)
                filled = count + 1
            }
            let scalars = [Unicode.Scalar](unsafeUninitializedCapacity: count) { scalars, filled in
                for k in 0..<count {
                    let i = Int(offsets[k])
                    let c = UInt32(b[i])
                    let v: UInt32
                    if c < 0x80 {
                        v = c
                    } else if c < 0xE0 {
                        v = (c & 0x1F) << 6 | UInt32(b[i + 1] & 0x3F)
                    } else if c < 0xF0 {
                        v = (c & 0x0F) << 12 | UInt32(b[i + 1] & 0x3F) << 6 | UInt32(b[i + 2] & 0x3F)
                    } else {
                        v = (c & 0x07) << 18 | UInt32(b[i + 1] & 0x3F) << 12 | UInt32(b[i + 2] & 0x3F) << 6 | UInt32(b[i + 3] & 0x3F)
                    }
                    scalars[k] = Unicode.Scalar(v) ?? "\u{FFFD}"  // (never: the bytes are valid UTF-8)
                }
                filled = count
            }
            return (scalars, offsets)
        }
        if decoded == nil {
            var scalars = [Unicode.Scalar]()
            var offsets = [Int32]()
            var offset: Int32 = 0
            for u in text.unicodeScalars {
                scalars.append(u)
                offsets.append(offset)
                offset += Int32(UTF8.width(u))
            }
            offsets.append(offset)
            decoded = (scalars, offsets)
        }
        self.scalars = decoded!.scalars
        self.utf8Offsets = decoded!.offsets
    }
}
