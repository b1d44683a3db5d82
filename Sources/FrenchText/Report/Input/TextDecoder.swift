import CICUShim

/// Turns the bytes of a file into text: UTF-8 as is, anything else detected and converted
/// with ICU's charset detector and converters (Windows-1252 and ISO-8859-1/15 press
/// releases are common). Binary and empty inputs are refused with a ``FrenchTextError``.
///
/// ```swift
/// // "Député·e·s élu·e·s en 2025" saved by an old Windows editor (é = 0xE9)
/// let decoded = try TextDecoder().decode(bytes, source: "cp1252.txt")
/// decoded.text       // "Député·e·s élu·e·s en 2025"
/// decoded.charset    // "windows-1252"
/// ```
public struct TextDecoder: Sendable {
    /// What the decoder made of the bytes.
    public struct Decoded: Sendable, Equatable {
        /// The text, without a byte-order mark.
        public let text: String
        /// The charset the text was converted from, or nil when it was UTF-8 already.
        public let charset: String?
        /// ICU's confidence (0–100) in the detected charset; nil for UTF-8.
        public let confidence: Int?

        /// A warning naming the file, when the text was converted.
        public func warning(source: String) -> String? {
            guard let charset else { return nil }
            let sure = confidence.map { " (confidence \($0)%)" } ?? ""
            return "\(source): not UTF-8, converted from \(charset)\(sure)"
        }
    }

    /// Share of control characters (other than tab, line feed, carriage return, form feed)
    /// above which the bytes are taken for binary data.
    public var maxControlShare: Double

    public init(maxControlShare: Double = 0.05) {
        self.maxControlShare = maxControlShare
    }

    /// Decodes `bytes`; `source` names the input in errors and warnings.
    public func decode(_ bytes: [UInt8], source: String) throws -> Decoded {
        if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }) {
            throw FrenchTextError.emptyInput(source: source)
        }
        // UTF-16 with a byte-order mark holds NUL bytes but is text.
        if bytes.count >= 2, (bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF) {
            let charset = bytes[0] == 0xFF ? "UTF-16LE" : "UTF-16BE"
            let text = try convert(Array(bytes.dropFirst(2)), from: charset, source: source)
            return try checked(Decoded(text: text, charset: charset, confidence: 100), source: source)
        }
        if bytes.contains(0) { throw FrenchTextError.binaryInput(source: source) }
        if controlShare(bytes) > maxControlShare { throw FrenchTextError.binaryInput(source: source) }

        if UTF8Validation.firstInvalidOffset(in: bytes) == nil {
            return try checked(Decoded(text: try UTF8Validation.decode(bytes, source: source), charset: nil, confidence: nil), source: source)
        }
        var (charset, confidence) = detect(bytes)
        // ICU often says ISO-8859-1 for Windows-1252 text; the C1 range (0x80–0x9F) holds
        // ’ “ ” … œ € in Windows-1252 and only control codes in ISO-8859-1.
        let upper = charset.uppercased()
        if charset.isEmpty || upper.hasPrefix("UTF") || upper == "ISO-8859-1" && bytes.contains(where: { (0x80...0x9F).contains($0) }) {
            charset = "windows-1252"
        }
        let text = try convert(bytes, from: charset, source: source)
        return try checked(Decoded(text: text, charset: charset, confidence: confidence), source: source)
    }

    private func checked(_ decoded: Decoded, source: String) throws -> Decoded {
        if decoded.text.unicodeScalars.allSatisfy({ $0.properties.isWhitespace }) {
            throw FrenchTextError.emptyInput(source: source)
        }
        return decoded
    }

    private func controlShare(_ bytes: [UInt8]) -> Double {
        let sample = bytes.prefix(65_536)
        var controls = 0
        for b in sample where b < 0x20 && b != 0x09 && b != 0x0A && b != 0x0D && b != 0x0C { controls += 1 }
        return Double(controls) / Double(max(sample.count, 1))
    }

    /// ICU's best guess: charset name and confidence, or ("", nil).
    private func detect(_ bytes: [UInt8]) -> (String, Int?) {
        var name = [CChar](repeating: 0, count: 64)
        let length = Int32(min(bytes.count, Int(Int32.max)))
        let confidence = bytes.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { ft_detect_charset($0.baseAddress, length, &name, 64) }
        }
        guard confidence >= 0 else { return ("", nil) }
        let charset = String(decoding: name.prefix(while: { $0 != 0 }).map { UInt8(bitPattern: $0) }, as: UTF8.self)
        return (charset, Int(confidence))
    }

    private func convert(_ bytes: [UInt8], from charset: String, source: String) throws -> String {
        guard bytes.count < Int(Int32.max) / 4 else { throw FrenchTextError.unconvertible(source: source, charset: charset) }
        let length = Int32(bytes.count)
        var capacity = bytes.count * 3 + 16
        while true {
            var out = [CChar](repeating: 0, count: capacity)
            let needed = bytes.withUnsafeBufferPointer { buffer in
                buffer.withMemoryRebound(to: CChar.self) { ft_convert_to_utf8(charset, $0.baseAddress, length, &out, Int32(capacity)) }
            }
            if needed < 0 { throw FrenchTextError.unconvertible(source: source, charset: charset) }
            if Int(needed) <= capacity {
                let utf8 = out.prefix(Int(needed)).map { UInt8(bitPattern: $0) }
                var text = String(decoding: utf8, as: UTF8.self)
                if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
                return text
            }
            capacity = Int(needed) + 16
        }
    }
}
