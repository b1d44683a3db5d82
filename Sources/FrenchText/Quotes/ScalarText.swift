/// A document's text as code points, with each code point's UTF-8 offset and the UTF-8 bytes,
/// so that a stretch is read back as a `String` by copying bytes (no per-scalar appends).
///
/// ```swift
/// let t = ScalarText("« Élu »")
/// t.scalars.count     // 7
/// t.string(2..<5)     // "Élu"
/// ```
struct ScalarText: Sendable {
    let scalars: [Unicode.Scalar]
    /// UTF-8 offset of each code point, plus the total at the end.
    let utf8Offsets: [Int]
    let bytes: [UInt8]

    init(_ text: String) {
        var scalars = [Unicode.Scalar]()
        var offsets = [Int]()
        scalars.reserveCapacity(text.utf8.count)
        offsets.reserveCapacity(text.utf8.count + 1)
        var offset = 0
        for u in text.unicodeScalars {
            scalars.append(u)
            offsets.append(offset)
            offset += UTF8.width(u)
        }
        offsets.append(offset)
        self.scalars = scalars
        self.utf8Offsets = offsets
        self.bytes = Array(text.utf8)
    }

    /// The text of code points `r` (clamped to the text).
    func string(_ r: Range<Int>) -> String {
        let lower = max(0, min(r.lowerBound, scalars.count)), upper = max(lower, min(r.upperBound, scalars.count))
        return String(decoding: bytes[utf8Offsets[lower]..<utf8Offsets[upper]], as: UTF8.self)
    }
}
