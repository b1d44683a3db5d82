/// Walks UTF-16 offsets forward, counting the matching UTF-8 and code-point offsets.
///
/// Only what differs from the UTF-16 offset is counted (the extra UTF-8 bytes of non-ASCII units, the
/// surrogate pairs), so an ASCII unit costs one comparison.
struct OffsetCursor {
    let units: UnsafeBufferPointer<UInt16>
    private var utf16 = 0
    /// UTF-8 offset minus UTF-16 offset.
    private var extraUTF8 = 0
    /// Surrogate pairs passed (UTF-16 offset minus code-point offset).
    private var pairs = 0

    init(units: UnsafeBufferPointer<UInt16>) { self.units = units }

    /// The UTF-8 and code-point offsets of UTF-16 offset `target` (not before the last one asked).
    mutating func advance(to target: Int) -> (utf8: Int, scalars: Int) {
        // Locals, so the loop runs in registers.
        let units = self.units
        var utf16 = self.utf16, extraUTF8 = self.extraUTF8, pairs = self.pairs
        while utf16 < target {
            let c = units[utf16]
            utf16 &+= 1
            if c < 0x80 { continue }
            if c < 0x800 {
                extraUTF8 &+= 1
            } else if c >= 0xD800 && c <= 0xDBFF && utf16 < units.count {
                utf16 &+= 1; extraUTF8 &+= 2; pairs &+= 1
            } else {
                extraUTF8 &+= 2
            }
        }
        self.utf16 = utf16
        self.extraUTF8 = extraUTF8
        self.pairs = pairs
        return (utf16 &+ extraUTF8, utf16 &- pairs)
    }
}
