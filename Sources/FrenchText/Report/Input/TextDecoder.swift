import CICUShim

/// Turns the bytes of a file into text: UTF-8 as is, anything else detected and converted
/// with ICU's charset detector and converters (Windows-1252 and ISO-8859-1/15 press
/// releases are common). Binary and empty inputs are refused with a ``FrenchTextError``.
///
/// A file that is mostly valid UTF-8 stays UTF-8: its few bad bytes become U+FFFD, with a
/// warning giving their byte offsets (one stray byte must not turn every name into mojibake).
/// Among the charsets ICU finds plausible, the encodings of French text win (a short
/// Windows-1252 text is otherwise often taken for Windows-1250: `à` → `ŕ`).
///
/// ```swift
/// // "Député·e·s élu·e·s en 2025" saved by an old Windows editor (é = 0xE9)
/// let decoded = try TextDecoder().decode(bytes, source: "cp1252.txt")
/// decoded.text       // "Député·e·s élu·e·s en 2025"
/// decoded.charset    // "windows-1252"
/// ```
package struct TextDecoder: Sendable {
    /// What the decoder made of the bytes.
    package struct Decoded: Sendable, Equatable {
        /// The text, without a byte-order mark.
        package let text: String
        /// The charset the text was converted from, or nil when it was UTF-8 already.
        package let charset: String?
        /// ICU's confidence (0–100) in the detected charset; nil for UTF-8.
        package let confidence: Int?
        /// UTF-8 with invalid bytes: how many invalid sequences were replaced by U+FFFD, and the
        /// byte offsets of the first ones (at most ``TextDecoder/reportedOffsets``).
        package let replacements: Int
        package let replacementOffsets: [Int]

        package init(text: String, charset: String?, confidence: Int?, replacements: Int = 0, replacementOffsets: [Int] = []) {
            self.text = text
            self.charset = charset
            self.confidence = confidence
            self.replacements = replacements
            self.replacementOffsets = replacementOffsets
        }

        /// What was done to the bytes, as warnings with codes (FT101 bytes replaced, FT102 converted).
        package func warnings(source: String) -> [FrenchTextError] {
            var out = [FrenchTextError]()
            if replacements > 0 { out.append(.invalidBytesReplaced(source: source, byteOffsets: replacementOffsets, count: replacements)) }
            if let charset { out.append(.converted(source: source, charset: charset, confidence: confidence)) }
            return out
        }

        /// The first warning's message, when the text was converted or repaired.
        package func warning(source: String) -> String? { warnings(source: source).first?.message }
    }

    /// How many byte offsets of invalid UTF-8 a warning lists.
    package static let reportedOffsets = 10

    /// Charsets of French text, preferred among ICU's candidates.
    static let frenchCharsets: Set<String> = ["WINDOWS-1252", "ISO-8859-1", "ISO-8859-15", "IBM850", "MACINTOSH"]

    /// Share of control characters (other than tab, line feed, carriage return, form feed)
    /// above which the bytes are taken for binary data.
    package var maxControlShare: Double

    package init(maxControlShare: Double = 0.05) {
        self.maxControlShare = maxControlShare
    }

    /// Decodes `bytes`; `source` names the input in errors and warnings.
    package func decode(_ bytes: [UInt8], source: String) throws -> Decoded {
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

        let scan = Self.scanUTF8(bytes)
        if scan.invalid == 0 {
            return try checked(Decoded(text: try UTF8Validation.decode(bytes, source: source), charset: nil, confidence: nil), source: source)
        }
        // Mostly UTF-8: at least as many valid multi-byte sequences as invalid ones.
        if scan.multiByte > 0 && scan.multiByte >= scan.invalid {
            var text = String(decoding: bytes, as: UTF8.self)
            if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
            return try checked(Decoded(text: text, charset: nil, confidence: nil, replacements: scan.invalid, replacementOffsets: scan.offsets), source: source)
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
        if decoded.text.unicodeScalars.allSatisfy({ $0.isWhitespaceProperty }) {
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

    /// ICU's guess, French encodings first: the best candidate among ``frenchCharsets``, else
    /// Windows-1252 when every byte above 0x7F reads as a French letter or sign there, else
    /// ICU's best candidate; ("", nil) when ICU has none.
    private func detect(_ bytes: [UInt8]) -> (String, Int?) {
        let candidates = Self.candidates(bytes)
        if let french = candidates.first(where: { Self.frenchCharsets.contains($0.name.uppercased()) }) {
            return (french.name, french.confidence)
        }
        if Self.readsAsFrenchWindows1252(bytes) { return ("windows-1252", candidates.first?.confidence) }
        guard let best = candidates.first else { return ("", nil) }
        return (best.name, best.confidence)
    }

    /// Every charset ICU's detector finds plausible, best first.
    static func candidates(_ bytes: [UInt8]) -> [(name: String, confidence: Int)] {
        let max: Int32 = 16
        var names = [CChar](repeating: 0, count: Int(max) * 32)
        var confidences = [Int32](repeating: 0, count: Int(max))
        let length = Int32(min(bytes.count, Int(Int32.max)))
        let n = bytes.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { ft_detect_charsets($0.baseAddress, length, &names, &confidences, max) }
        }
        guard n > 0 else { return [] }
        return (0..<Int(n)).map { i in
            let slot = names[(i * 32)..<(i * 32 + 32)].prefix(while: { $0 != 0 }).map { UInt8(bitPattern: $0) }
            return (String(decoding: slot, as: UTF8.self), Int(confidences[i]))
        }
    }

    /// True when every byte above 0x7F is, in Windows-1252, a letter or sign of French text
    /// (àâæçéèêëîïôœùûüÿ and capitals, « » ’ “ ” … – — € °, no-break space).
    static func readsAsFrenchWindows1252(_ bytes: [UInt8]) -> Bool {
        let french: Set<UInt8> = [
            0xE0, 0xE2, 0xE6, 0xE7, 0xE8, 0xE9, 0xEA, 0xEB, 0xEE, 0xEF, 0xF4, 0x9C, 0xF9, 0xFB, 0xFC, 0xFF,
            0xC0, 0xC2, 0xC6, 0xC7, 0xC8, 0xC9, 0xCA, 0xCB, 0xCE, 0xCF, 0xD4, 0x8C, 0xD9, 0xDB, 0xDC,
            0xAB, 0xBB, 0x92, 0x91, 0x93, 0x94, 0x85, 0x96, 0x97, 0x80, 0xB0, 0xA0, 0xB7, 0xA7,
        ]
        var high = 0
        for b in bytes where b >= 0x80 {
            guard french.contains(b) else { return false }
            high += 1
        }
        return high > 0
    }

    /// One pass over `bytes` as UTF-8: valid multi-byte sequences, invalid sequences and the
    /// byte offsets of the first ones.
    static func scanUTF8(_ bytes: [UInt8]) -> (multiByte: Int, invalid: Int, offsets: [Int]) {
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var offset = 0, multiByte = 0, invalid = 0
        var offsets = [Int]()
        while true {
            switch parser.parseScalar(from: &iterator) {
            case let .valid(encoded):
                if encoded.count > 1 { multiByte += 1 }
                offset += encoded.count
            case let .error(length):
                invalid += 1
                if offsets.count < reportedOffsets { offsets.append(offset) }
                offset += length
            case .emptyInput:
                return (multiByte, invalid, offsets)
            }
        }
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
