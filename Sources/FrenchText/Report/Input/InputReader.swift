import Foundation

/// Reads one input of a batch (a file or standard input) and decodes it to text, refusing
/// what is too large, unreadable, binary or empty with a ``FrenchTextError``.
///
/// ```swift
/// let input = try InputReader(maxBytes: 10_000_000).read(item)
/// input.text        // the document's text, UTF-8
/// input.warnings    // ["vieux.txt: not UTF-8, converted from windows-1252 (confidence 47%)"]
/// ```
public struct InputReader: Sendable {
    /// The text read, with what was done to it.
    public struct Input: Sendable {
        public let text: String
        /// Size of the input in bytes, as read.
        public let byteCount: Int
        /// The charset converted from, nil when it was UTF-8.
        public let charset: String?
        public let warnings: [String]
    }

    /// Largest input accepted, in bytes.
    public var maxBytes: Int
    public var decoder: TextDecoder

    public init(maxBytes: Int = 64 << 20, decoder: TextDecoder = TextDecoder()) {
        self.maxBytes = maxBytes
        self.decoder = decoder
    }

    public func read(_ item: InputItem) throws -> Input {
        let bytes = try item.isStandardInput ? readStandardInput(source: item.path) : readFile(item.path)
        let decoded = try decoder.decode(bytes, source: item.path)
        return Input(text: decoded.text, byteCount: bytes.count, charset: decoded.charset, warnings: decoded.warning(source: item.path).map { [$0] } ?? [])
    }

    func readFile(_ path: String) throws -> [UInt8] {
        let attributes: [FileAttributeKey: Any]
        do {
            attributes = try FileManager.default.attributesOfItem(atPath: path)
        } catch {
            let reason = FileManager.default.fileExists(atPath: path) ? "no permission to read it" : "no such file"
            throw FrenchTextError.unreadable(source: path, reason: reason)
        }
        if let type = attributes[.type] as? FileAttributeType, type == .typeDirectory {
            throw FrenchTextError.unreadable(source: path, reason: "it is a folder")
        }
        if let size = (attributes[.size] as? NSNumber)?.intValue, size > maxBytes {
            throw FrenchTextError.tooLarge(source: path, bytes: size, limit: maxBytes)
        }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw FrenchTextError.unreadable(source: path, reason: "no permission to read it")
        }
        defer { try? handle.close() }
        do {
            let data = try handle.read(upToCount: maxBytes + 1) ?? Data()
            if data.count > maxBytes { throw FrenchTextError.tooLarge(source: path, bytes: data.count, limit: maxBytes) }
            return [UInt8](data)
        } catch let error as FrenchTextError {
            throw error
        } catch {
            throw FrenchTextError.unreadable(source: path, reason: "\(error.localizedDescription)")
        }
    }

    func readStandardInput(source: String) throws -> [UInt8] {
        do {
            let data = try FileHandle.standardInput.read(upToCount: maxBytes + 1) ?? Data()
            if data.count > maxBytes { throw FrenchTextError.tooLarge(source: source, bytes: data.count, limit: maxBytes) }
            return [UInt8](data)
        } catch let error as FrenchTextError {
            throw error
        } catch {
            throw FrenchTextError.unreadable(source: source, reason: "\(error.localizedDescription)")
        }
    }
}
