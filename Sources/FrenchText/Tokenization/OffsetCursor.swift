/// Walks UTF-16 offsets forward, counting the matching UTF-8 and code-point offsets.
///
/// Only the non-ASCII units are read (their offsets come with the text's units, from
/// ``UTF16Text/unitsAndNonASCII(of:)``): the extra UTF-8 bytes of each, the surrogate pairs. An ASCII
/// stretch costs one comparison, however long.
struct OffsetCursor {
    let units: UnsafeBufferPointer<UInt16>
    /// Offsets of the non-ASCII units (a pair by its first unit), ascending, ending with `Int32.max`.
    let nonASCII: UnsafeBufferPointer<Int32>
    /// The next entry of `nonASCII` not yet counted.
    private var next = 0
    /// UTF-8 offset minus UTF-16 offset.
    private var extraUTF8 = 0
    /// Surrogate pairs passed (UTF-16 offset minus code-point offset).
    private var pairs = 0

    init(units: UnsafeBufferPointer<UInt16>, nonASCII: UnsafeBufferPointer<Int32>) {
        self.units = units
        self.nonASCII = nonASCII
    }

    /// The UTF-8 and code-point offsets of UTF-16 offset `target` (not before the last one asked, never inside
    /// a surrogate pair).
    @inline(__always)
    mutating func advance(to target: Int) -> (utf8: Int, scalars: Int) {
        // Locals, so the loop runs in registers.
        var next = self.next, extraUTF8 = self.extraUTF8, pairs = self.pairs
        while true {
            let offset = Int(nonASCII[next])
            if offset >= target { break }
            let c = units[offset]
            if c < 0x800 {
                extraUTF8 &+= 1
            } else if c >= 0xD800 && c <= 0xDBFF && offset + 1 < units.count {
                extraUTF8 &+= 2; pairs &+= 1
            } else {
                extraUTF8 &+= 2
            }
            next &+= 1
        }
        self.next = next
        self.extraUTF8 = extraUTF8
        self.pairs = pairs
        return (target &+ extraUTF8, target &- pairs)
    }
}
