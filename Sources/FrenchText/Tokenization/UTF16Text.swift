/// Fast conversions from the tokenizer's UTF-16 code units to `String`: transcoding by hand
/// straight into the string's UTF-8 storage (small strings stay inline) is several times
/// faster than the generic `String(decoding:as: UTF16.self)` on short words.
enum UTF16Text {
    /// The text of `u[start..<end]`; lone surrogates become U+FFFD.
    static func string(_ u: UnsafeBufferPointer<UInt16>, _ start: Int, _ end: Int) -> String {
        let count = end - start
        guard count > 0 else { return "" }
        return String(unsafeUninitializedCapacity: count * 3) { buffer in
            var k = 0
            var i = start
            while i < end {
                let c = UInt32(u[i])
                if c < 0x80 {
                    buffer[k] = UInt8(c); k += 1; i += 1
                } else if c < 0x800 {
                    buffer[k] = UInt8(0xC0 | (c >> 6)); buffer[k + 1] = UInt8(0x80 | (c & 0x3F)); k += 2; i += 1
                } else if c >= 0xD800 && c <= 0xDBFF && i + 1 < end && u[i + 1] >= 0xDC00 && u[i + 1] <= 0xDFFF {
                    let scalar = 0x10000 + ((c - 0xD800) << 10) + (UInt32(u[i + 1]) - 0xDC00)
                    buffer[k] = UInt8(0xF0 | (scalar >> 18)); buffer[k + 1] = UInt8(0x80 | ((scalar >> 12) & 0x3F))
                    buffer[k + 2] = UInt8(0x80 | ((scalar >> 6) & 0x3F)); buffer[k + 3] = UInt8(0x80 | (scalar & 0x3F))
                    k += 4; i += 2
                } else {
                    let scalar = (c >= 0xD800 && c <= 0xDFFF) ? 0xFFFD : c
                    buffer[k] = UInt8(0xE0 | (scalar >> 12)); buffer[k + 1] = UInt8(0x80 | ((scalar >> 6) & 0x3F))
                    buffer[k + 2] = UInt8(0x80 | (scalar & 0x3F)); k += 3; i += 1
                }
            }
            return k
        }
    }

    /// The UTF-16 code units of `text` (what ICU reads), transcoded by hand from its UTF-8, and the offsets of its
    /// non-ASCII units (a surrogate pair by its first unit) followed by `Int32.max`: what ``OffsetCursor`` needs to
    /// turn UTF-16 offsets into UTF-8 and code-point offsets without reading the ASCII units again.
    static func unitsAndNonASCII(of text: String) -> (units: [UInt16], nonASCII: [Int32]) {
        let count = text.utf8.count
        guard count > 0 else { return ([], [Int32.max]) }
        let converted: ([UInt16], [Int32])? = text.utf8.withContiguousStorageIfAvailable { bytes in
            var units = [UInt16]()
            // At most one non-ASCII unit every two bytes, and the end mark.
            let nonASCII = [Int32](unsafeUninitializedCapacity: count / 2 + 1) { marks, marked in
                units = [UInt16](unsafeUninitializedCapacity: count) { buffer, initialized in
                    (initialized, marked) = transcode(bytes, into: buffer, marking: marks)
                }
                marks[marked] = Int32.max
                marked += 1
            }
            return (units, nonASCII)
        }
        if let converted { return converted }
        // Not contiguous UTF-8 (a bridged string).
        let units = Array(text.utf16)
        var nonASCII = [Int32]()
        var k = 0
        while k < units.count {
            if units[k] >= 0x80 { nonASCII.append(Int32(truncatingIfNeeded: k)) }
            k += UTF16.isLeadSurrogate(units[k]) && k + 1 < units.count ? 2 : 1
        }
        nonASCII.append(Int32.max)
        return (units, nonASCII)
    }

    /// Transcodes the valid UTF-8 `bytes` into `buffer` (capacity `bytes.count`), writing the offset of each
    /// non-ASCII unit (a pair by its first) into `marks`; returns the counts of units and marks written.
    private static func transcode(_ bytes: UnsafeBufferPointer<UInt8>, into buffer: UnsafeMutableBufferPointer<UInt16>,
                                  marking marks: UnsafeMutableBufferPointer<Int32>) -> (units: Int, marks: Int) {
        let count = bytes.count
        var i = 0, k = 0, m = 0
        let raw = UnsafeRawBufferPointer(bytes)
        // k <= i always, so eight units written at k stay within the capacity whenever i + 8 <= count.
        let out = UnsafeMutableRawPointer(buffer.baseAddress.unsafelyUnwrapped)
        while i < count {
            // Eight ASCII bytes at a time (most of a French text); before a non-ASCII byte, the ASCII ones in
            // front of it (the units written past them are written again below).
            if i + 8 <= count {
                let word = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                out.storeBytes(of: widened(word & 0xFFFF_FFFF), toByteOffset: 2 * k, as: UInt64.self)
                out.storeBytes(of: widened(word >> 32), toByteOffset: 2 * k + 8, as: UInt64.self)
                let high = word & 0x8080_8080_8080_8080
                if high == 0 {
                    i += 8; k += 8
                    continue
                }
                let ascii = high.trailingZeroBitCount >> 3
                i += ascii; k += ascii
            }
            let b = UInt32(bytes[i])
            if b < 0x80 {
                buffer[k] = UInt16(b); i += 1; k += 1
                continue
            }
            marks[m] = Int32(truncatingIfNeeded: k); m += 1
            if b < 0xE0 {
                buffer[k] = UInt16(((b & 0x1F) << 6) | (UInt32(bytes[i + 1]) & 0x3F)); i += 2; k += 1
            } else if b < 0xF0 {
                buffer[k] = UInt16(((b & 0x0F) << 12) | ((UInt32(bytes[i + 1]) & 0x3F) << 6) | (UInt32(bytes[i + 2]) & 0x3F))
                i += 3; k += 1
            } else {
                let scalar = ((b & 0x07) << 18) | ((UInt32(bytes[i + 1]) & 0x3F) << 12)
                    | ((UInt32(bytes[i + 2]) & 0x3F) << 6) | (UInt32(bytes[i + 3]) & 0x3F)
                let v = scalar - 0x10000
                buffer[k] = UInt16(0xD800 + (v >> 10)); buffer[k + 1] = UInt16(0xDC00 + (v & 0x3FF))
                i += 4; k += 2
            }
        }
        return (k, m)
    }

    /// Four bytes (the low 32 bits) spread into four little-endian UTF-16 units.
    @inline(__always)
    private static func widened(_ x: UInt64) -> UInt64 {
        let y = (x | x << 16) & 0x0000_FFFF_0000_FFFF
        return (y | y << 8) & 0x00FF_00FF_00FF_00FF
    }

    /// True when `u[start..<end]`, lower-cased for ASCII letters, equals the ASCII `word`.
    static func equalsASCIILowercased(_ u: UnsafeBufferPointer<UInt16>, _ start: Int, _ end: Int, _ word: [UInt8]) -> Bool {
        guard end - start == word.count else { return false }
        for k in 0..<word.count {
            var c = u[start + k]
            if c >= 0x41 && c <= 0x5A { c += 0x20 }
            if c != UInt16(word[k]) { return false }
        }
        return true
    }
}
