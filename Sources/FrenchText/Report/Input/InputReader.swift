import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Reads one input of a batch (a file or standard input) and decodes it to text, refusing
/// what is too large, unreadable, binary or empty with a ``FrenchTextError``.
///
/// ```swift
/// let input = try InputReader(maxBytes: 10_000_000).read(item)
/// input.text        // the document's text, UTF-8
/// input.warnings    // [.converted(source: "vieux.txt", charset: "windows-1252", confidence: 47)]  (FT102)
/// ```
package struct InputReader: Sendable {
    /// The text read, with what was done to it.
    package struct Input: Sendable {
        package let text: String
        /// Size of the input in bytes, as read.
        package let byteCount: Int
        /// The charset converted from, nil when it was UTF-8.
        package let charset: String?
        /// What was done to the bytes (``FrenchTextError/isWarning``): converted, bad bytes replaced.
        package let warnings: [FrenchTextError]
    }

    /// Largest input accepted, in bytes.
    package var maxBytes: Int
    package var decoder: TextDecoder

    package init(maxBytes: Int = 64 << 20, decoder: TextDecoder = TextDecoder()) {
        self.maxBytes = maxBytes
        self.decoder = decoder
    }

    package func read(_ item: InputItem) throws -> Input {
        if let problem = item.problem { throw problem }
        let bytes = try item.isStandardInput ? readStandardInput(source: item.path) : readFile(item.path)
        let decoded = try decoder.decode(bytes, source: item.path)
        return Input(text: decoded.text, byteCount: bytes.count, charset: decoded.charset, warnings: decoded.warnings(source: item.path))
    }

    /// The size of the file at `path` when it is a regular file, else nil.
    package static func fileSize(_ path: String) -> Int? {
        var info = stat()
        guard path != "-", stat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
        return Int(info.st_size)
    }

    /// Reads a file given by path. A FIFO or character device named on the command line
    /// (`<(zcat x.gz)`, `/dev/stdin`) is read like standard input; a socket is refused.
    func readFile(_ path: String) throws -> [UInt8] {
        var link = stat(), info = stat()
        guard lstat(path, &link) == 0 else {
            throw FrenchTextError.unreadable(source: path, reason: errno == EACCES ? "no permission to reach it" : "no such file")
        }
        if stat(path, &info) != 0 {
            let code = errno
            let reason = code == ELOOP ? "a symbolic link loop" : code == ENOENT ? "a dangling symbolic link (its target does not exist)" : InputCollector.reason(code)
            throw FrenchTextError.unreadable(source: path, reason: reason)
        }
        switch info.st_mode & S_IFMT {
        case S_IFDIR: throw FrenchTextError.unreadable(source: path, reason: "it is a folder")
        case S_IFREG, S_IFIFO, S_IFCHR: break
        default: throw FrenchTextError.notRegularFile(source: path, kind: InputCollector.kind(info.st_mode))
        }
        if (info.st_mode & S_IFMT) == S_IFREG && Int(info.st_size) > maxBytes {
            throw FrenchTextError.tooLarge(source: path, bytes: Int(info.st_size), limit: maxBytes)
        }
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else {
            let code = errno
            throw FrenchTextError.unreadable(source: path, reason: code == EACCES ? "no permission to read it" : InputCollector.reason(code))
        }
        defer { close(fd) }
        return try readAll(fd, source: path, expected: (info.st_mode & S_IFMT) == S_IFREG ? Int(info.st_size) : nil)
    }

    /// Reads `fd` to its end, refusing more than ``maxBytes``.
    func readAll(_ fd: Int32, source: String, expected: Int?) throws -> [UInt8] {
        var bytes = [UInt8]()
        bytes.reserveCapacity(min((expected ?? 65_536) + 1, maxBytes + 1))
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = chunk.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                throw FrenchTextError.unreadable(source: source, reason: errno == EISDIR ? "it is a folder" : InputCollector.reason(errno))
            }
            if n == 0 { return bytes }
            bytes.append(contentsOf: chunk[0..<n])
            if bytes.count > maxBytes { throw FrenchTextError.tooLarge(source: source, bytes: bytes.count, limit: maxBytes) }
        }
    }

    func readStandardInput(source: String) throws -> [UInt8] {
        try readAll(STDIN_FILENO, source: source, expected: nil)
    }
}
