/// Every error FrenchText reports, with a stable code and a message that names the input.
///
/// Codes are stable across releases so scripts can match on them (`FT001` …).
public enum FrenchTextError: Error, Sendable, Hashable, CustomStringConvertible {
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
    /// The compiled lexicon file (``Lexicon``'s cache of Hunspell answers) is corrupt or cannot be
    /// written: Hunspell answers instead (a warning; the analysis is the same, only slower to start).
    case lexiconCacheUnusable(path: String, reason: String)
    /// ICU returned an error code.
    case icu(operation: String, code: Int32)
    /// A document date that is not `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, or not in the calendar (`2024-02-30`).
    case invalidDate(text: String, reason: String)

    // Inputs skipped while collecting a batch, and warnings about inputs.
    /// A path that is not a regular file or folder (FIFO, socket, device): never read, it could hang the batch.
    case notRegularFile(source: String, kind: String)
    /// Mostly valid UTF-8 with a few bad bytes, each replaced by U+FFFD (a warning, not a skip).
    case invalidBytesReplaced(source: String, byteOffsets: [Int], count: Int)
    /// Not UTF-8: converted from another charset (a warning, not a skip).
    case converted(source: String, charset: String, confidence: Int?)
    /// A quotation mark without its partner (`closing » without opening mark`, `unbalanced « … closed at the end
    /// of the paragraph`, a stray `"`): the text is still analysed, the quote closed where the paragraph ends.
    case unbalancedQuoteMark(detail: String)
    /// A line of `frtext merge` input that is not a frtext JSON Lines record, or a file holding none.
    case notAReport(source: String, line: Int?)
    /// The same document given twice to `frtext merge`.
    case duplicateRecord(source: String, line: Int, document: String)

    // Failures of the run itself (exit status 3): nothing was lost silently.
    /// An output could not be written, flushed or closed; nothing was left in its place.
    case cannotWrite(destination: String, reason: String)

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
        case .lexiconCacheUnusable: "FT011"
        case .icu: "FT020"
        case .invalidDate: "FT040"
        case .notRegularFile: "FT007"
        case .invalidBytesReplaced: "FT101"
        case .converted: "FT102"
        case .unbalancedQuoteMark: "FT103"
        case .notAReport: "FT008"
        case .duplicateRecord: "FT009"
        case .cannotWrite: "FT030"
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
        case let .lexiconCacheUnusable(path, reason): "\(path): lexicon cache not used (\(reason))"
        case let .icu(operation, code): "ICU error \(code) in \(operation)"
        case let .invalidDate(text, reason): "'\(text)' is not a date (\(reason))"
        case let .notRegularFile(source, kind): "\(source): not a regular file (\(kind)), not read"
        case let .invalidBytesReplaced(source, offsets, count):
            "\(source): \(count) invalid UTF-8 byte\(count == 1 ? "" : "s") replaced by U+FFFD at byte\(offsets.count == 1 ? "" : "s") "
                + offsets.map(String.init).joined(separator: ", ") + (count > offsets.count ? ", …" : "")
        case let .converted(source, charset, confidence):
            "\(source): not UTF-8, converted from \(charset)" + (confidence.map { " (confidence \($0)%)" } ?? "")
        case let .unbalancedQuoteMark(detail): detail
        case let .notAReport(source, line): "\(source)\(line.map { ":\($0)" } ?? ""): not a frtext JSON Lines record"
        case let .duplicateRecord(source, line, document): "\(source):\(line): \(document) is already merged from another line"
        case let .cannotWrite(destination, reason): "\(destination): cannot be written (\(reason))"
        }
    }

    /// True for the conditions that are reported as warnings (the input is still analysed).
    public var isWarning: Bool {
        switch self {
        case .invalidBytesReplaced, .converted, .lexiconCacheUnusable, .unbalancedQuoteMark: true
        default: false
        }
    }

    public var description: String { "\(isWarning ? "warning" : "error") \(code): \(message)" }
}
