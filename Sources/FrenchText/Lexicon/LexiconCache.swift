import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Hunspell's answers, compiled into a file that later runs memory-map instead of parsing the
/// dictionary (about 0.07 s of every start-up): each form the library asked about, with the analyses
/// Hunspell gave (none for an unknown word), exactly as Hunspell wrote them.
///
/// The file is keyed by the dictionary's `.dic`/`.aff` sizes and modification times and by the cache
/// format: change any of them and the file is ignored and rebuilt. Hunspell stays the source: a form
/// the file lacks is asked of Hunspell, and the answer is added to the file when the lexicon is saved.
///
/// ```swift
/// // first run: Hunspell parses fr.dic, answers, and the answers are written to
/// //   ~/.cache/frenchtext/lexicon-….bin
/// // next runs: "déclarait" → "st:déclarer po:v1__tnq__a …" read from the mapped file
/// ```
///
/// Layout (little-endian): magic `FTLXC001`; u32 identity length and the identity (UTF-8); u32 entry
/// count n; u64 FNV-1a checksum of everything after it; n + 1 u32 offsets into the data; the data, one
/// entry per form, sorted by UTF-8 bytes: the form, a NUL byte, Hunspell's lines joined by `\n`.
final class LexiconCache: @unchecked Sendable {
    static let magic = Array("FTLXC001".utf8)
    /// Bumped whenever the layout or what is stored changes.
    static let formatVersion = 1

    private let base: UnsafeRawPointer
    private let size: Int
    private let count: Int
    private let offsets: UnsafeRawPointer
    private let data: UnsafeRawPointer
    private let dataSize: Int

    /// Why a file could not be used.
    enum Failure: Error {
        /// No file yet, or one written for another dictionary or format: rebuilt silently.
        case absent
        /// A file that is not what this class writes (truncated, altered): rebuilt with a warning.
        case corrupt(String)
    }

    /// Maps the file at `path` and checks it against `identity`.
    init(path: String, identity: String) throws(Failure) {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw .absent }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0 else { throw .absent }
        let size = Int(st.st_size)
        guard size >= Self.magic.count + 4,
              let map = mmap(nil, size, PROT_READ, MAP_PRIVATE, fd, 0), map != MAP_FAILED
        else { throw .corrupt("shorter than its header") }
        let base = UnsafeRawPointer(map)
        do {
            (count, offsets, data, dataSize) = try Self.validate(base: base, size: size, identity: identity)
        } catch {
            munmap(map, size)
            throw error
        }
        self.base = base
        self.size = size
    }

    deinit { munmap(UnsafeMutableRawPointer(mutating: base), size) }

    /// Number of forms in the file.
    var formCount: Int { count }

    /// Checks the header, the identity, the checksum and the offsets; returns the table's parts.
    private static func validate(base: UnsafeRawPointer, size: Int, identity: String) throws(Failure)
        -> (Int, UnsafeRawPointer, UnsafeRawPointer, Int) {
        guard memcmp(base, magic, magic.count) == 0 else { throw .corrupt("not a lexicon cache") }
        var cursor = magic.count
        func u32() throws(Failure) -> Int {
            guard cursor + 4 <= size else { throw .corrupt("truncated header") }
            defer { cursor += 4 }
            return Int(UInt32(littleEndian: base.loadUnaligned(fromByteOffset: cursor, as: UInt32.self)))
        }
        let identityLength = try u32()
        guard cursor + identityLength <= size else { throw .corrupt("truncated header") }
        let stored = String(decoding: UnsafeRawBufferPointer(start: base + cursor, count: identityLength), as: UTF8.self)
        guard stored == identity else { throw .absent }
        cursor += identityLength
        let count = try u32()
        guard cursor + 8 <= size else { throw .corrupt("truncated header") }
        let checksum = UInt64(littleEndian: base.loadUnaligned(fromByteOffset: cursor, as: UInt64.self))
        cursor += 8
        guard checksum == fnv1a(UnsafeRawBufferPointer(start: base + cursor, count: size - cursor)) else {
            throw .corrupt("checksum mismatch")
        }
        let tableSize = (count + 1) * 4
        guard count < Int(UInt32.max), cursor + tableSize <= size else { throw .corrupt("truncated offsets") }
        let offsets = base + cursor
        let data = offsets + tableSize
        let dataSize = size - cursor - tableSize
        var previous = 0
        for i in 0...count {
            let o = Int(UInt32(littleEndian: offsets.loadUnaligned(fromByteOffset: i * 4, as: UInt32.self)))
            guard o >= previous, o <= dataSize, i > 0 || o == 0 else { throw .corrupt("offsets out of order") }
            previous = o
        }
        guard previous == dataSize else { throw .corrupt("offsets out of range") }
        return (count, offsets, data, dataSize)
    }

    private func offset(_ i: Int) -> Int {
        Int(UInt32(littleEndian: offsets.loadUnaligned(fromByteOffset: i * 4, as: UInt32.self)))
    }

    /// Hunspell's lines for `word` (empty string: Hunspell knows no analysis), or nil when the file lacks it.
    func lookup(_ word: String) -> String? {
        var word = word
        return word.withUTF8 { query -> String? in
            var low = 0, high = count
            while low < high {
                let mid = (low + high) / 2
                let start = offset(mid), end = offset(mid + 1)
                let entry = UnsafeRawBufferPointer(start: data + start, count: end - start)
                let keyLength = entry.firstIndex(of: 0) ?? entry.count
                let order = Self.compare(query, UnsafeRawBufferPointer(rebasing: entry[..<keyLength]))
                if order == 0 {
                    let value = keyLength < entry.count ? UnsafeRawBufferPointer(rebasing: entry[(keyLength + 1)...]) : .init(start: nil, count: 0)
                    return String(decoding: value, as: UTF8.self)
                }
                if order < 0 { high = mid } else { low = mid + 1 }
            }
            return nil
        }
    }

    /// Every entry, in file order (for merging with new answers).
    func entries() -> [(key: [UInt8], value: [UInt8])] {
        (0..<count).map { i in
            let entry = UnsafeRawBufferPointer(start: data + offset(i), count: offset(i + 1) - offset(i))
            let keyLength = entry.firstIndex(of: 0) ?? entry.count
            let value = keyLength < entry.count ? Array(entry[(keyLength + 1)...]) : []
            return (Array(entry[..<keyLength]), value)
        }
    }

    /// Byte order of two UTF-8 strings.
    private static func compare(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeRawBufferPointer) -> Int {
        let n = min(a.count, b.count)
        if n > 0 {
            let c = memcmp(a.baseAddress!, b.baseAddress!, n)
            if c != 0 { return Int(c) }
        }
        return a.count - b.count
    }

    /// FNV-1a over 64-bit words (and the tail bytes), enough to catch a truncated or altered file.
    static func fnv1a(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        let words = bytes.count / 8
        for i in 0..<words {
            hash = (hash ^ UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: i * 8, as: UInt64.self))) &* 0x100_0000_01b3
        }
        for i in (words * 8)..<bytes.count { hash = (hash ^ UInt64(bytes[i])) &* 0x100_0000_01b3 }
        return hash
    }

    /// Writes `entries` (any order, one per key) to `path` through a temporary file renamed into place.
    static func write(_ entries: [(key: [UInt8], value: [UInt8])], identity: String, to path: String) throws {
        let sorted = entries.sorted { $0.key.lexicographicallyPrecedes($1.key) }
        var offsets = [UInt32](), data = [UInt8]()
        offsets.reserveCapacity(sorted.count + 1)
        for e in sorted {
            offsets.append(UInt32(data.count))
            data += e.key
            data.append(0)
            data += e.value
        }
        offsets.append(UInt32(data.count))
        guard data.count < Int(UInt32.max) else { throw CocoaError(.fileWriteOutOfSpace) }
        var body = [UInt8]()
        body.reserveCapacity(offsets.count * 4 + data.count)
        for o in offsets { withUnsafeBytes(of: o.littleEndian) { body += $0 } }
        body += data
        var file = magic
        let id = Array(identity.utf8)
        withUnsafeBytes(of: UInt32(id.count).littleEndian) { file += $0 }
        file += id
        withUnsafeBytes(of: UInt32(sorted.count).littleEndian) { file += $0 }
        let checksum = body.withUnsafeBytes { fnv1a($0) }
        withUnsafeBytes(of: checksum.littleEndian) { file += $0 }
        file += body
        let directory = (path as NSString).deletingLastPathComponent
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let temporary = path + ".\(getpid()).tmp"
        guard FileManager.default.createFile(atPath: temporary, contents: Data(file)) else {
            throw CocoaError(.fileWriteNoPermission, userInfo: [NSFilePathErrorKey: temporary])
        }
        guard rename(temporary, path) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw CocoaError(.fileWriteUnknown, userInfo: [NSLocalizedDescriptionKey: reason])
        }
    }
}
