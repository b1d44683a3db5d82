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
        var out = String.UnicodeScalarView()
        for scalar in s.unicodeScalars {
            let v = scalar.value
            switch v {
            case 0x41...0x5A, 0xC0...0xD6, 0xD8...0xDE: out.append(Unicode.Scalar(v + 0x20)!)
            case 0x00...0x7F, 0xDF...0xFF:
                out.append(v == 0x60 ? "'" : scalar)
            case 0x2019, 0x2018, 0x02BC, 0x00B4: out.append("'")
            case 0x2010, 0x2011: out.append("-")
            default:
                if scalar.properties.changesWhenLowercased { out.append(contentsOf: String(scalar).lowercased().unicodeScalars) } else { out.append(scalar) }
            }
        }
        return String(out)
    }
}
