/// The one normalisation of lookup keys for lexical tables: lower case, typographic apostrophes
/// (’ ‘ ʼ ´ `) as `'`, Unicode hyphens (U+2010, U+2011) as `-`. Document text itself is never
/// normalised; only the keys used to look words up are.
///
/// ```swift
/// LookupKey.make("L’Intérieur")   // "l'intérieur"
/// ```
public enum LookupKey {
    public static func make<S: StringProtocol>(_ s: S) -> String {
        // Fast path: plain ASCII without capitals or backticks is its own key.
        if s.utf8.allSatisfy({ $0 < 0x80 && !($0 >= 0x41 && $0 <= 0x5A) && $0 != 0x60 }) { return String(s) }
        if let key = shortKey(s) { return key }
        // Otherwise the key's UTF-8 is written into one byte array, read back as a string once.
        var bytes = [UInt8]()
        bytes.reserveCapacity(s.utf8.count + 4)
        for scalar in s.unicodeScalars {
            let v = scalar.value
            switch v {
            case 0x41...0x5A: bytes.append(UInt8(v + 0x20))
            case 0x60: bytes.append(0x27)
            case 0x00...0x7F: bytes.append(UInt8(v))
            case 0xC0...0xD6, 0xD8...0xDE: UTF8.encode(Unicode.Scalar(v + 0x20)!) { bytes.append($0) }
            case 0xDF...0xFF: UTF8.encode(scalar) { bytes.append($0) }
            case 0x2019, 0x2018, 0x02BC, 0x00B4: bytes.append(0x27)
            case 0x2010, 0x2011: bytes.append(0x2D)
            default:
                if scalar.properties.changesWhenLowercased {
                    bytes.append(contentsOf: String(scalar).lowercased().utf8)
                } else {
                    UTF8.encode(scalar) { bytes.append($0) }
                }
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The same key written straight into the string's own storage (no byte array), when no scalar needs the
    /// general lower-casing: every case here writes at most as many bytes as it reads. Nil otherwise.
    private static func shortKey<S: StringProtocol>(_ s: S) -> String? {
        var general = false
        let key = String(unsafeUninitializedCapacity: s.utf8.count) { out in
            var k = 0
            for scalar in s.unicodeScalars {
                let v = scalar.value
                switch v {
                case 0x41...0x5A: out[k] = UInt8(v + 0x20); k += 1
                case 0x60: out[k] = 0x27; k += 1
                case 0x00...0x7F: out[k] = UInt8(v); k += 1
                case 0xC0...0xD6, 0xD8...0xDE:  // Latin-1 capitals: two bytes, their lower case two bytes
                    let l = v + 0x20
                    out[k] = UInt8(0xC0 | (l >> 6)); out[k + 1] = UInt8(0x80 | (l & 0x3F)); k += 2
                case 0x2019, 0x2018, 0x02BC, 0x00B4: out[k] = 0x27; k += 1
                case 0x2010, 0x2011: out[k] = 0x2D; k += 1
                default:
                    if v > 0xFF && scalar.properties.changesWhenLowercased { general = true; return 0 }
                    for byte in UTF8.encode(scalar)! { out[k] = byte; k += 1 }
                }
            }
            return k
        }
        return general ? nil : key
    }
}
