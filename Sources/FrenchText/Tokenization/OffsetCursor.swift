/// Walks UTF-16 offsets forward, counting the matching UTF-8 and code-point offsets.
struct OffsetCursor {
    let units: UnsafeBufferPointer<UInt16>
    private var utf16 = 0
    private var utf8 = 0
    private var scalars = 0

    init(units: UnsafeBufferPointer<UInt16>) { self.units = units }

    /// The UTF-8 and code-point offsets of UTF-16 offset `target` (not before the last one asked).
    mutating func advance(to target: Int) -> (utf8: Int, scalars: Int) {
        while utf16 < target {
            // A run of ASCII moves all three offsets alike.
            let runStart = utf16
            while utf16 < target, units[utf16] < 0x80 { utf16 += 1 }
            utf8 &+= utf16 - runStart
            scalars &+= utf16 - runStart
            guard utf16 < target else { break }
            let c = units[utf16]
            if c < 0x800 { utf8 += 2; utf16 += 1 }
            else if c >= 0xD800 && c <= 0xDBFF && utf16 + 1 < units.count { utf8 += 4; utf16 += 2 }
            else { utf8 += 3; utf16 += 1 }
            scalars += 1
        }
        return (utf8, scalars)
    }
}
