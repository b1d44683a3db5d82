import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The built ``EntityGazetteer``, kept in a file that later runs read instead of building it again from the
/// resource tables, ICU's place names and the lexicon (about 270 M instructions, two thirds of the start-up of a
/// run on one short file; reading the file costs a tenth of that).
///
/// The file lives beside the lexicon's (``Lexicon/defaultCacheDirectory``: `$FRENCHTEXT_CACHE_DIR`, empty for
/// none), one per program, and is keyed by what the gazetteer is built from: the program (`/proc/self/exe`: path,
/// size and modification time, so that any rebuild, any change of the code or of the embedded tables, gives a new
/// key; the FrenchText library too when it is a shared one), the ICU libraries the process maps (the place names),
/// the lexicon's identity (the first names it leaves out) and the format. A file with another key, or damaged
/// (checksum), is ignored and rewritten.
///
/// ```swift
/// // first run: built from the tables (and ICU, and the lexicon), written to ~/.cache/frenchtext/gazetteer-….bin
/// // next runs: read back; `République démocratique du Congo` is the same LOC entry
/// ```
///
/// Layout (little-endian): magic `FTGZC001`; u32 identity length and the identity (UTF-8); u64 FNV-1a checksum of
/// the body; the body: the distinct strings (u32 count, then u32 length and UTF-8 bytes each); the keys in id
/// order (string indices); the entries (kind, branches, canonical, word count, words, keys); the four integer
/// tables and the case rules; the town keys. Counts and indices are u32.
enum EntityGazetteerCache {
    static let magic = Array("FTGZC001".utf8)
    /// Bumped whenever the layout or what is stored changes.
    static let formatVersion = 1
    /// The files' names: `gazetteer-<hash of the program's path>.bin`.
    static let filePrefix = "gazetteer-", fileSuffix = ".bin"
    /// The key's part that names the program: `image <path> <size> <modification time>`.
    static let imageTag = "image "

    /// The gazetteer read from `directory` when a file there has the current key, else built (and written there);
    /// `fromFile` says which. A nil `directory` builds it and writes nothing.
    static func load(lexicon: Lexicon?, directory: String?) -> (gazetteer: EntityGazetteer, fromFile: Bool) {
        guard let directory, let image = imagePath() else { return (EntityGazetteer(lexicon: lexicon), false) }
        let identity = identity(image: image, lexicon: lexicon)
        let path = directory + "/" + filePrefix + String(fnv1a(Array(image.utf8)), radix: 16) + fileSuffix
        if let bytes = readFile(path), let cached = decode(bytes, identity: identity) { return (cached, true) }
        let built = EntityGazetteer(lexicon: lexicon)
        writeFile(encode(built, identity: identity), to: path)
        pruneOrphans(in: directory, keeping: path)
        return (built, false)
    }

    /// The key of the file: format, program, libraries (ICU, a shared FrenchText), lexicon.
    static func identity(image: String, lexicon: Lexicon?) -> String {
        var parts = ["frenchtext gazetteer cache \(formatVersion)", imageTag + "\(image) \(stamp(image) ?? "?")"]
        parts += libraries().map { "library \($0) \(stamp($0) ?? "?")" }
        parts.append("lexicon " + (lexicon?.cacheIdentity ?? "(no lexicon)"))
        return parts.joined(separator: "|")
    }

    /// The program running (`/proc/self/exe` resolved).
    static func imagePath() -> String? {
        guard let resolved = realpath("/proc/self/exe", nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// The ICU libraries mapped into the process (`/usr/lib/…/libicuuc.so.72.1`), and the FrenchText library when
    /// the program links it as a shared library, sorted.
    static func libraries() -> [String] {
        guard let maps = readFile("/proc/self/maps") else { return [] }
        let marks = [Array("libicu".utf8), Array("FrenchText".utf8)]
        var found = Set<String>()
        maps.withUnsafeBufferPointer { all in
            var start = 0
            while start < all.count {
                let end = all[start...].firstIndex(of: 0x0A) ?? all.count
                let line = UnsafeBufferPointer(rebasing: all[start..<end])
                if marks.contains(where: { m in m.withUnsafeBufferPointer { DocumentTextSearch.occurs($0, in: line) } }),
                   let slash = all[start..<end].firstIndex(of: UInt8(ascii: "/")) {
                    found.insert(String(decoding: UnsafeBufferPointer(rebasing: all[slash..<end]), as: UTF8.self))
                }
                start = end + 1
            }
        }
        return found.sorted()
    }

    /// Size and modification time of a file, or nil when it does not exist.
    static func stamp(_ path: String) -> String? {
        var st = stat()
        guard stat(path, &st) == 0 else { return nil }
        return "\(st.st_size) \(st.st_mtim.tv_sec).\(st.st_mtim.tv_nsec)"
    }

    static func fnv1a(_ bytes: [UInt8]) -> UInt64 { bytes.withUnsafeBytes { LexiconCache.fnv1a($0) } }

    // MARK: Encoding

    /// The file's bytes for `gazetteer`.
    static func encode(_ gazetteer: EntityGazetteer, identity: String) -> [UInt8] {
        var strings = [String](), index = [String: Int]()
        func id(_ s: String) -> Int {
            if let i = index[s] { return i }
            index[s] = strings.count
            strings.append(s)
            return strings.count - 1
        }
        var tail = [UInt8]()
        var keys = [String](repeating: "", count: gazetteer.keyIDs.count)
        for (key, i) in gazetteer.keyIDs { keys[Int(i)] = key }
        put(keys.count, &tail)
        for key in keys { put(id(key), &tail) }
        put(gazetteer.entries.count, &tail)
        for e in gazetteer.entries {
            tail += [kindCode(e.kind), e.hasBranches ? 1 : 0]
            put(id(e.canonical), &tail)
            put(e.words.count, &tail)
            for w in e.words { put(id(w), &tail) }
            for k in e.keys { put(id(k), &tail) }
        }
        for table in [gazetteer.listStarts, gazetteer.keyStarts, gazetteer.flatKeys] {
            put(table.count, &tail)
            for v in table { put(Int(UInt32(bitPattern: v)), &tail) }
        }
        put(gazetteer.flatCases.count, &tail)
        tail += gazetteer.flatCases.map(caseCode)
        put(gazetteer.cityKeys.count, &tail)
        for town in gazetteer.cityKeys {
            put(town.count, &tail)
            for k in town { put(id(k), &tail) }
        }
        var body = [UInt8]()
        put(strings.count, &body)
        for s in strings {
            put(s.utf8.count, &body)
            body += s.utf8
        }
        body += tail
        var file = magic
        put(identity.utf8.count, &file)
        file += identity.utf8
        withUnsafeBytes(of: fnv1a(body).littleEndian) { file += $0 }
        return file + body
    }

    private static func put(_ value: Int, _ bytes: inout [UInt8]) {
        withUnsafeBytes(of: UInt32(truncatingIfNeeded: value).littleEndian) { bytes += $0 }
    }

    private static func kindCode(_ kind: GazetteerEntry.Kind) -> UInt8 {
        switch kind {
        case .organisation: 0
        case .acronym: 1
        case .metonym: 2
        case .country: 3
        case .region: 4
        case .city: 5
        }
    }

    private static let kinds: [GazetteerEntry.Kind] = [.organisation, .acronym, .metonym, .country, .region, .city]

    private static func caseCode(_ rule: CaseRule) -> UInt8 {
        switch rule {
        case .any: 0
        case .capitalised: 1
        case .noLowercase: 2
        }
    }

    private static let caseRules: [CaseRule] = [.any, .capitalised, .noLowercase]

    // MARK: Decoding

    /// Reads the file's parts in order; every read is bounds-checked (nil past the end or out of range).
    private struct Reader {
        let bytes: UnsafeRawBufferPointer
        var at: Int

        mutating func u32() -> Int? {
            guard at + 4 <= bytes.count else { return nil }
            defer { at += 4 }
            return Int(UInt32(littleEndian: bytes.loadUnaligned(fromByteOffset: at, as: UInt32.self)))
        }

        mutating func u8() -> UInt8? {
            guard at < bytes.count else { return nil }
            defer { at += 1 }
            return bytes[at]
        }

        /// `count` strings of `table`, by their u32 indices.
        mutating func strings(_ count: Int, of table: [String]) -> [String]? {
            guard count <= (bytes.count - at) / 4 else { return nil }
            var out = [String]()
            out.reserveCapacity(count)
            for _ in 0..<count {
                guard let v = u32(), v < table.count else { return nil }
                out.append(table[v])
            }
            return out
        }

        /// `count` u32 values each below `limit`.
        mutating func indices(_ count: Int, below limit: Int) -> [Int]? {
            guard count <= (bytes.count - at) / 4 else { return nil }
            var out = [Int]()
            out.reserveCapacity(count)
            for _ in 0..<count {
                guard let v = u32(), v < limit else { return nil }
                out.append(v)
            }
            return out
        }

        mutating func int32s() -> [Int32]? {
            guard let n = u32(), let values = indices(n, below: Int(UInt32.max) + 1) else { return nil }
            return values.map { Int32(bitPattern: UInt32($0)) }
        }

        mutating func strings() -> [String]? {
            guard let n = u32(), n <= (bytes.count - at) / 4 else { return nil }
            var out = [String]()
            out.reserveCapacity(n)
            for _ in 0..<n {
                guard let length = u32(), at + length <= bytes.count else { return nil }
                out.append(String(decoding: UnsafeRawBufferPointer(rebasing: bytes[at..<(at + length)]), as: UTF8.self))
                at += length
            }
            return out
        }
    }

    /// The gazetteer in `file`, or nil when the file is not one this code wrote for `identity`.
    static func decode(_ file: [UInt8], identity: String) -> EntityGazetteer? {
        file.withUnsafeBytes { raw -> EntityGazetteer? in
            guard raw.count >= magic.count + 12, raw.starts(with: magic) else { return nil }
            var header = Reader(bytes: raw, at: magic.count)
            guard let length = header.u32(), header.at + length + 8 <= raw.count,
                  String(decoding: UnsafeRawBufferPointer(rebasing: raw[header.at..<(header.at + length)]), as: UTF8.self) == identity
            else { return nil }
            let sumAt = header.at + length
            let body = UnsafeRawBufferPointer(rebasing: raw[(sumAt + 8)...])
            guard UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: sumAt, as: UInt64.self)) == LexiconCache.fnv1a(body)
            else { return nil }
            var reader = Reader(bytes: body, at: 0)
            return decodeBody(&reader)
        }
    }

    private static func decodeBody(_ r: inout Reader) -> EntityGazetteer? {
        guard let strings = r.strings(), let keyCount = r.u32(), let keys = r.indices(keyCount, below: strings.count),
              let entryCount = r.u32(), entryCount <= r.bytes.count - r.at else { return nil }
        var keyIDs = [String: Int32](minimumCapacity: keys.count)
        for (i, k) in keys.enumerated() { keyIDs[strings[k]] = Int32(i) }
        var entries = [GazetteerEntry]()
        entries.reserveCapacity(entryCount)
        for _ in 0..<entryCount {
            guard let kind = r.u8(), Int(kind) < kinds.count, let branches = r.u8(), let canonical = r.u32(),
                  canonical < strings.count, let n = r.u32(), let words = r.strings(n, of: strings),
                  let wordKeys = r.strings(n, of: strings) else { return nil }
            entries.append(GazetteerEntry(words: words, keys: wordKeys, kind: kinds[Int(kind)], canonical: strings[canonical],
                                          hasBranches: branches == 1))
        }
        guard let listStarts = r.int32s(), let keyStarts = r.int32s(), let flatKeys = r.int32s(),
              let caseCount = r.u32(), r.at + caseCount <= r.bytes.count else { return nil }
        var flatCases = [CaseRule]()
        flatCases.reserveCapacity(caseCount)
        for _ in 0..<caseCount {
            guard let c = r.u8(), Int(c) < caseRules.count else { return nil }
            flatCases.append(caseRules[Int(c)])
        }
        guard let townCount = r.u32(), townCount <= r.bytes.count - r.at else { return nil }
        var cityKeys = Set<[String]>(minimumCapacity: townCount)
        for _ in 0..<townCount {
            guard let n = r.u32(), let town = r.strings(n, of: strings) else { return nil }
            cityKeys.insert(town)
        }
        guard r.at == r.bytes.count, listStarts.count == keys.count + 1, keyStarts.count == entries.count + 1,
              flatCases.count == flatKeys.count else { return nil }
        return EntityGazetteer(keyIDs: keyIDs, entries: entries, listStarts: listStarts, keyStarts: keyStarts,
                               flatKeys: flatKeys, flatCases: flatCases, cityKeys: cityKeys)
    }

    // MARK: Files

    static func readFile(_ path: String) -> [UInt8]? {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var out = [UInt8]()
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if n < 0 { return nil }
            if n == 0 { return out }
            out += chunk[0..<n]
        }
    }

    /// Writes `bytes` to `path` through a temporary file renamed into place; a folder that cannot be written
    /// leaves the gazetteer built at each run, nothing worse.
    static func writeFile(_ bytes: [UInt8], to path: String) {
        let directory = (path as NSString).deletingLastPathComponent
        try? FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let temporary = path + ".\(getpid()).tmp"
        guard FileManager.default.createFile(atPath: temporary, contents: Data(bytes)) else { return }
        if rename(temporary, path) != 0 { unlink(temporary) }
    }
}

extension GazetteerEntry {
    /// An entry as ``EntityGazetteerCache`` stored it.
    init(words: [String], keys: [String], kind: Kind, canonical: String, hasBranches: Bool) {
        self.words = words
        self.keys = keys
        self.kind = kind
        self.canonical = canonical
        self.hasBranches = hasBranches
    }
}
