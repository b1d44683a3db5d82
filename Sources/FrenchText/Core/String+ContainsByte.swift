/// Whether a string's UTF-8 holds a byte, read on its contiguous bytes: `text.containsByte(0x2D)` walked the
/// string's UTF-8 view index by index (about 100 instructions for a short word, asked at most words by the entity
/// rules); the answer is the same.
///
/// ```swift
/// "Jean-Luc".containsByte(0x2D)   // true (a hyphen)
/// "Genève".containsByte(0x2D)     // false
/// ```
extension String {
    @inline(__always)
    func containsByte(_ byte: UInt8) -> Bool {
        if let found = utf8.withContiguousStorageIfAvailable({ bytes -> Bool in
            for b in bytes where b == byte { return true }
            return false
        }) {
            return found
        }
        return utf8.contains(byte)
    }
}
