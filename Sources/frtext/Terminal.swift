import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What the CLI needs to know about its terminal.
enum Terminal {
    static var stdoutIsTTY: Bool { isatty(STDOUT_FILENO) == 1 }
    static var stderrIsTTY: Bool { isatty(STDERR_FILENO) == 1 }
    /// Colours unless `NO_COLOR` is set (https://no-color.org).
    static var coloursAllowed: Bool { ProcessInfo.processInfo.environment["NO_COLOR"] == nil }
}

/// Buffered writing to a file handle (standard output, standard error or a file).
final class FileHandleOutput: @unchecked Sendable {
    static let standardError = FileHandleOutput(handle: .standardError, bufferLimit: 0)

    private let handle: FileHandle
    private var buffer = Data()
    private let bufferLimit: Int
    private let lock = NSLock()

    init(handle: FileHandle, bufferLimit: Int = 1 << 16) {
        self.handle = handle
        self.bufferLimit = bufferLimit
    }

    /// Opens (creating or truncating) the file at `path`.
    convenience init(path: String) throws {
        guard FileManager.default.createFile(atPath: path, contents: nil),
              let handle = FileHandle(forUpdatingAtPath: path)
        else { throw CLIError.cannotWrite(path) }
        self.init(handle: handle)
    }

    /// The handle, for reading back a file opened for update.
    var readHandle: FileHandle? { handle }

    func write(_ text: String) {
        lock.lock()
        defer { lock.unlock() }
        buffer.append(contentsOf: text.utf8)
        if buffer.count > bufferLimit { flushLocked() }
    }

    func write(_ data: Data) {
        lock.lock()
        defer { lock.unlock() }
        flushLocked()
        try? handle.write(contentsOf: data)
    }

    func flush() {
        lock.lock()
        flushLocked()
        lock.unlock()
    }

    private func flushLocked() {
        guard !buffer.isEmpty else { return }
        try? handle.write(contentsOf: buffer)
        buffer.removeAll(keepingCapacity: true)
    }

    func close() {
        flush()
        if handle !== FileHandle.standardOutput && handle !== FileHandle.standardError { try? handle.close() }
    }
}

/// Errors of the CLI itself (not of an input).
enum CLIError: Error, CustomStringConvertible {
    case cannotWrite(String)

    var description: String {
        switch self {
        case let .cannotWrite(path): "cannot write \(path)"
        }
    }
}
