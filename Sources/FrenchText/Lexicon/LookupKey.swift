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
}
