/// Short token strings made straight from a document's UTF-8 bytes.
///
/// Most tokens and most whitespace runs are at most 15 UTF-8 bytes, which Swift keeps inline in the
/// `String` value itself (a "small string": the bytes in two words, the count and an ASCII bit in the
/// top byte). `String(decoding:as:)` validates the bytes and then packs them that way, about 160
/// instructions a word; the tokenizer's bytes are already valid (whole scalars cut out of a `String`),
/// so packing them directly costs a tenth of that.
///
/// The packing relies on the standard library's layout of small strings, so it is checked once,
/// against strings the standard library makes itself, before it is used: on a runtime that lays them
/// out differently ``isAvailable`` is false and callers make their strings the ordinary way.
///
/// ```swift
/// let text = "le 1er mai"
/// text.utf8.withContiguousStorageIfAvailable { SmallTokenString.make($0, 3, 6, ascii: true) }   // "1er"
/// ```
enum SmallTokenString {
    /// The longest string kept inline.
    static let capacity = 15

    /// True when ``make(_:_:_:ascii:)`` gives the same strings as the standard library on this runtime.
    static let isAvailable: Bool = {
        // Every length class (under 8 bytes, 8, over 8, 15), ASCII or not, 2- and 3-byte scalars.
        let samples = ["a", ",", "x1", "abc1efg", "abc1efgh", "abc1efghi", "abc1efghijklmno", "é", "é1", "1’x", "1-É2x3y4z",
                       "\u{202F}", "2·e·s", "ÀÉÈ1ÙÇ", "«", "  \n"]
        for sample in samples {
            let bytes = Array(sample.utf8)
            let ascii = bytes.allSatisfy { $0 < 0x80 }
            let reference = String(decoding: bytes, as: UTF8.self)
            let made = bytes.withUnsafeBufferPointer { make($0, 0, $0.count, ascii: ascii) }
            let referenceBits = unsafeBitCast(reference, to: (UInt64, UInt64).self)
            let madeBits = unsafeBitCast(made, to: (UInt64, UInt64).self)
            guard referenceBits == madeBits, made == sample, made.utf8.count == bytes.count else { return false }
        }
        return true
    }()

    /// The string of the valid UTF-8 bytes `[start, end)` of `bytes`, 1 to ``capacity`` bytes; `ascii` says
    /// whether they are all ASCII. Only when ``isAvailable``. Small enough to inline: two loads, two masks.
    @inline(__always)
    static func make(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, ascii: Bool) -> String {
        let count = end - start
        let base = UnsafeRawPointer(bytes.baseAddress.unsafelyUnwrapped + start)
        var (leading, trailing) = start + 16 <= bytes.count
            ? (base.loadUnaligned(as: UInt64.self), (base + 8).loadUnaligned(as: UInt64.self))
            : loadNearEnd(base, count)
        if count < 8 {
            leading &= (1 &<< (8 &* UInt64(count))) &- 1
            trailing = 0
        } else {
            trailing &= (1 &<< (8 &* UInt64(count &- 8))) &- 1
        }
        trailing |= (ascii ? 0xE0 : 0xA0) << 56 | UInt64(count) << 56
        return unsafeBitCast((leading, trailing), to: String.self)
    }

    /// The `count` bytes at `base` in two little-endian words, read one by one (fewer than 16 bytes are left).
    @inline(never)
    private static func loadNearEnd(_ base: UnsafeRawPointer, _ count: Int) -> (UInt64, UInt64) {
        var leading: UInt64 = 0, trailing: UInt64 = 0
        for k in 0..<count {
            let byte = UInt64(base.load(fromByteOffset: k, as: UInt8.self))
            if k < 8 { leading |= byte << (8 * UInt64(k)) } else { trailing |= byte << (8 * UInt64(k - 8)) }
        }
        return (leading, trailing)
    }
}
