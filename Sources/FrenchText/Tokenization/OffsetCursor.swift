/// Walks UTF-16 offsets forward, counting the matching UTF-8 and code-point offsets.
struct OffsetCursor {
    let units: UnsafeBufferPointer<UInt16>
    private var utf16 = 0
    private var utf8 = 0
    private var scalars = 0

    init(units: UnsafeBufferPointer<UInt16>) { self.units = units }

    /// The UTF-8 and code-point offsets of UTF-16 offset `target` (not before the last one asked).
    mutating func advance(to target: Int) -> (utf8: Int, scalars: Int) {
        // Locals, so the loop runs in registers.
        let units = self.units
        var utf16 = self.utf16, utf8 = self.utf8, scalars = self.scalars
        while utf16 < target {
            let c = units[utf16]
            if c < 0x80 {
                utf16 &+= 1; utf8 &+= 1; scalars &+= 1
            } else if c < 0x800 {
                utf16 &+= 1; utf8 &+= 2; scalars &+= 1
            } else if c >= 0xD800 && c <= 0xDBFF && utf16 + 1 < units.count {
                utf16 &+= 2; utf8 &+= 4; scalars &+= 1
            } else {
                utf16 &+= 1; utf8 &+= 3; scalars &+= 1
            }
        }
        self.utf16 = utf16
        self.utf8 = utf8
        self.scalars = scalars
        return (utf8, scalars)
    }
}
