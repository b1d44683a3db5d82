/// Strict UTF-8 decoding that says where a file goes wrong.
public enum UTF8Validation {
    /// Byte offset of the first invalid UTF-8 sequence, or nil when all of `bytes` is valid.
    public static func firstInvalidOffset<C: Collection>(in bytes: C) -> Int? where C.Element == UInt8 {
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var offset = 0
        while true {
            switch parser.parseScalar(from: &iterator) {
            case let .valid(encoded): offset += encoded.count
            case .emptyInput: return nil
            case .error: return offset
            }
        }
    }

    /// Decodes `bytes` as UTF-8, throwing ``FrenchTextError/invalidUTF8(source:byteOffset:)`` with the offset.
    /// A leading byte-order mark is dropped.
    public static func decode(_ bytes: [UInt8], source: String) throws -> String {
        if let bad = firstInvalidOffset(in: bytes) {
            throw FrenchTextError.invalidUTF8(source: source, byteOffset: bad)
        }
        var text = String(decoding: bytes, as: UTF8.self)
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        return text
    }
}
