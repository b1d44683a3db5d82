/// The content hash the corpus database keeps per document to see what changed between runs:
/// FNV-1a 64 over the file's bytes, as 16 hex digits. It tells edits apart, it is no defence
/// against someone crafting collisions.
///
/// ```swift
/// ContentHash.hex(Array("déficit".utf8))   // "5c3a…" (16 hex digits)
/// ```
public enum ContentHash {
    /// The hash of `bytes`, 16 lowercase hex digits.
    public static func hex(_ bytes: some Sequence<UInt8>) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        let digits = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
