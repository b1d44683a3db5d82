import Foundation
import FrenchText

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Buffered, checked writing to standard output, standard error or a file.
///
/// A file is written to a temporary file beside it (`.NAME.frtext-PID-N.tmp`) and renamed into
/// place by ``close()`` only when every write, the flush and the close succeeded: a failed run
/// never leaves a half file where a good one was. A path that exists and is not a regular file
/// (`/dev/full`, `/dev/stdout`, a FIFO) is written in place. The first failure is kept in
/// ``failure`` (a ``FrenchTextError/cannotWrite(destination:reason:)``); later writes are dropped.
final class FileHandleOutput: @unchecked Sendable {
    static let standardError = FileHandleOutput(descriptor: STDERR_FILENO, name: "standard error", bufferLimit: 0)

    /// Set by ``checkStandardStreams()`` when the process started with standard output closed.
    nonisolated(unsafe) static var standardOutputWasClosed = false

    private let fd: Int32
    /// The destination as the user named it.
    let name: String
    /// The final path when writing through a temporary file.
    private let finalPath: String?
    private let temporaryPath: String?
    private var buffer = [UInt8]()
    private let bufferLimit: Int
    private let lock = NSLock()
    private var closed = false
    /// The first write, flush or close error.
    private(set) var failure: FrenchTextError?

    private init(descriptor: Int32, name: String, bufferLimit: Int = 1 << 16, finalPath: String? = nil, temporaryPath: String? = nil) {
        self.fd = descriptor
        self.name = name
        self.bufferLimit = bufferLimit
        self.finalPath = finalPath
        self.temporaryPath = temporaryPath
        if let temporaryPath { Self.pending.insert(temporaryPath) }
    }

    /// Standard output (standard error for `FileHandle.standardError`).
    convenience init(handle: FileHandle, bufferLimit: Int = 1 << 16) {
        let isError = handle === FileHandle.standardError
        self.init(descriptor: isError ? STDERR_FILENO : STDOUT_FILENO, name: isError ? "standard error" : "standard output", bufferLimit: bufferLimit)
        if !isError && Self.standardOutputWasClosed {
            failure = .cannotWrite(destination: name, reason: "standard output is closed")
        }
    }

    /// Opens `path` for writing: a temporary file beside it, renamed into place by ``close()``.
    /// Throws ``FrenchTextError/cannotWrite(destination:reason:)`` when it cannot be created.
    convenience init(path: String) throws {
        var info = stat()
        if stat(path, &info) == 0 && (info.st_mode & S_IFMT) != S_IFREG {
            if (info.st_mode & S_IFMT) == S_IFDIR { throw FrenchTextError.cannotWrite(destination: path, reason: "it is a folder") }
            let fd = open(path, O_WRONLY | O_TRUNC | O_CLOEXEC)
            guard fd >= 0 else { throw FrenchTextError.cannotWrite(destination: path, reason: Self.reason(errno)) }
            self.init(descriptor: fd, name: path)
            return
        }
        // Write beside the real file when `path` is a symbolic link, so the link stays.
        let target = (try? FileManager.default.destinationOfSymbolicLink(atPath: path)).map { link in
            link.hasPrefix("/") ? link : ((path as NSString).deletingLastPathComponent as NSString).appendingPathComponent(link)
        } ?? path
        let folder = (target as NSString).deletingLastPathComponent
        let file = (target as NSString).lastPathComponent
        let temporary = (folder.isEmpty ? "" : folder + "/") + ".\(file).frtext-\(getpid())-\(Self.nextSerial()).tmp"
        let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
        guard fd >= 0 else {
            let code = errno
            var reason = Self.reason(code)
            if code == ENOENT { reason = "no such folder: \(folder.isEmpty ? "." : folder)" }
            throw FrenchTextError.cannotWrite(destination: path, reason: reason)
        }
        self.init(descriptor: fd, name: path, finalPath: target, temporaryPath: temporary)
    }

    /// An unlinked temporary file in the temporary folder, for writing and reading back.
    static func spool() throws -> FileHandleOutput {
        var template = Array((NSTemporaryDirectory() + "/frtext-XXXXXX.spool").utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { mkstemps($0.baseAddress!, 6) }
        guard fd >= 0 else { throw FrenchTextError.cannotWrite(destination: NSTemporaryDirectory(), reason: reason(errno)) }
        unlink(template.withUnsafeBufferPointer { String(cString: $0.baseAddress!) })
        return FileHandleOutput(descriptor: fd, name: "a temporary file in \(NSTemporaryDirectory())")
    }

    func write(_ text: String) {
        lock.lock()
        defer { lock.unlock() }
        guard failure == nil, !closed else { return }
        if text.utf8.count > bufferLimit && bufferLimit > 0 {
            // A large piece (a whole large document) goes out as it is, not through a copy.
            flushLocked()
            var text = text
            text.withUTF8 { writeAll(UnsafeRawBufferPointer($0)) }
            return
        }
        buffer.append(contentsOf: text.utf8)
        if buffer.count > bufferLimit { flushLocked() }
    }

    func write(_ data: Data) {
        lock.lock()
        defer { lock.unlock() }
        guard failure == nil, !closed else { return }
        flushLocked()
        data.withUnsafeBytes { writeAll($0) }
    }

    func flush() {
        lock.lock()
        flushLocked()
        lock.unlock()
    }

    private func flushLocked() {
        guard !buffer.isEmpty else { return }
        if failure == nil { buffer.withUnsafeBytes { writeAll($0) } }
        buffer.removeAll(keepingCapacity: true)
    }

    /// Writes every byte, retrying short writes and interruptions; records the first error.
    private func writeAll(_ bytes: UnsafeRawBufferPointer) {
        guard failure == nil, var base = bytes.baseAddress else { return }
        var left = bytes.count
        while left > 0 {
            let n = Glibc.write(fd, base, left)
            if n < 0 {
                if errno == EINTR { continue }
                failure = .cannotWrite(destination: name, reason: Self.reason(errno))
                return
            }
            left -= n
            base += n
        }
    }

    /// Flushes and closes; a file is renamed into place only if nothing failed (else its
    /// temporary file is removed). Returns the failure, if any.
    @discardableResult
    func close() -> FrenchTextError? {
        lock.lock()
        defer { lock.unlock() }
        guard !closed else { return failure }
        flushLocked()
        closed = true
        if fd == STDOUT_FILENO || fd == STDERR_FILENO {
            // A regular file or device behind standard output reports delayed errors here.
            if failure == nil && fd == STDOUT_FILENO && fsync(fd) != 0 && errno != EINVAL && errno != EROFS && errno != EBADF {
                failure = .cannotWrite(destination: name, reason: Self.reason(errno))
            }
            return failure
        }
        if temporaryPath != nil && failure == nil && fsync(fd) != 0 {
            failure = .cannotWrite(destination: name, reason: Self.reason(errno))
        }
        if Glibc.close(fd) != 0 && failure == nil {
            failure = .cannotWrite(destination: name, reason: Self.reason(errno))
        }
        if let temporaryPath, let finalPath {
            if failure == nil && rename(temporaryPath, finalPath) != 0 {
                failure = .cannotWrite(destination: name, reason: Self.reason(errno))
            }
            if failure != nil { unlink(temporaryPath) }
            Self.pending.remove(temporaryPath)
        }
        return failure
    }

    /// Closes without renaming: the temporary file is removed, the old file (if any) stays.
    func discard() {
        lock.lock()
        defer { lock.unlock() }
        guard !closed else { return }
        closed = true
        buffer.removeAll()
        if fd != STDOUT_FILENO && fd != STDERR_FILENO { _ = Glibc.close(fd) }
        if let temporaryPath {
            unlink(temporaryPath)
            Self.pending.remove(temporaryPath)
        }
    }

    /// Reads the whole file back from its start into `out` (for spool files).
    func copy(to out: FileHandleOutput) {
        lock.lock()
        flushLocked()
        let failed = failure
        lock.unlock()
        if let failed {
            out.fail(failed)
            return
        }
        guard lseek(fd, 0, SEEK_SET) == 0 else {
            out.fail(.cannotWrite(destination: name, reason: Self.reason(errno)))
            return
        }
        var chunk = [UInt8](repeating: 0, count: 1 << 20)
        while true {
            let n = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                out.fail(.cannotWrite(destination: name, reason: "cannot be read back: " + Self.reason(errno)))
                return
            }
            if n == 0 { return }
            out.write(Data(chunk[0..<n]))
        }
    }

    /// Marks this output as failed (another output it depends on failed).
    func fail(_ error: FrenchTextError) {
        lock.lock()
        if failure == nil { failure = error }
        lock.unlock()
    }

    // MARK: - Process-wide

    private nonisolated(unsafe) static var pending = Set<String>()
    private nonisolated(unsafe) static var serial = 0
    private static let registryLock = NSLock()

    private static func nextSerial() -> Int {
        registryLock.lock()
        defer { registryLock.unlock() }
        serial += 1
        return serial
    }

    /// Removes the temporary files of outputs never closed (the run is failing).
    static func removeTemporaryFiles() {
        for path in pending { unlink(path) }
        pending.removeAll()
    }

    /// At start-up: a closed standard output (`frtext … >&-`) is noted, and /dev/null put in its
    /// place so that no file opened later takes descriptor 1 and receives the report.
    static func checkStandardStreams() {
        for fd in [STDIN_FILENO, STDOUT_FILENO, STDERR_FILENO] where fcntl(fd, F_GETFD) == -1 {
            let null = open("/dev/null", fd == STDIN_FILENO ? O_RDONLY : O_WRONLY)
            if null >= 0 && null != fd {
                dup2(null, fd)
                _ = Glibc.close(null)
            }
            if fd == STDOUT_FILENO { standardOutputWasClosed = true }
        }
    }

    /// "No space left on device" style text for `errno`, as a plain sentence.
    static func reason(_ code: Int32) -> String {
        switch code {
        case EACCES, EPERM: "no permission to write there"
        case ENOSPC: "no space left on the device"
        case EDQUOT: "disk quota exceeded"
        case EROFS: "read-only file system"
        case EBADF: "the output is closed"
        case EPIPE: "the reader of the pipe has gone"
        case ENOENT: "no such folder"
        case EISDIR: "it is a folder"
        case ENOTDIR: "a part of the path is not a folder"
        default: String(cString: strerror(code)).lowercased()
        }
    }
}
