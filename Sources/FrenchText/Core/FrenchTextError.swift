/// Every error FrenchText reports, with a stable code and a message that names the input.
///
/// Codes are stable across releases so scripts can match on them (`FT001` …).
public enum FrenchTextError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The bytes are not valid UTF-8; `byteOffset` is where the first bad sequence starts.
    case invalidUTF8(source: String, byteOffset: Int)
    /// The input holds no text at all.
    case emptyInput(source: String)
    /// The input looks like a binary file (NUL bytes or too many control characters).
    case binaryInput(source: String)
    /// The file could not be read.
    case unreadable(source: String, reason: String)
    /// The input is larger than the configured limit.
    case tooLarge(source: String, bytes: Int, limit: Int)
    /// The text is in an encoding that could not be converted.
    case unconvertible(source: String, charset: String)
    /// The Hunspell dictionary could not be opened.
    case lexiconUnavailable(path: String)
    /// ICU returned an error code.
    case icu(operation: String, code: Int32)
    /// A document date that is not `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, or not in the calendar (`2024-02-30`).
    case invalidDate(text: String, reason: String)

    /// Stable error code.
    public var code: String {
        switch self {
        case .invalidUTF8: "FT001"
        case .emptyInput: "FT002"
        case .binaryInput: "FT003"
        case .unreadable: "FT004"
        case .tooLarge: "FT005"
        case .unconvertible: "FT006"
        case .lexiconUnavailable: "FT010"
        case .icu: "FT020"
        case .invalidDate: "FT040"
        }
    }

    public var message: String {
        switch self {
        case let .invalidUTF8(source, offset): "\(source): invalid UTF-8 at byte \(offset)"
        case let .emptyInput(source): "\(source): empty file, nothing to analyse"
        case let .binaryInput(source): "\(source): binary data, not text"
        case let .unreadable(source, reason): "\(source): cannot be read (\(reason))"
        case let .tooLarge(source, bytes, limit): "\(source): \(bytes) bytes is over the limit of \(limit) bytes"
        case let .unconvertible(source, charset): "\(source): text in \(charset) could not be converted to UTF-8"
        case let .lexiconUnavailable(path): "French dictionary not found at \(path) (install hunspell-fr-comprehensive)"
        case let .icu(operation, code): "ICU error \(code) in \(operation)"
        case let .invalidDate(text, reason): "'\(text)' is not a date (\(reason))"
        }
    }

    public var description: String { "error \(code): \(message)" }
}
