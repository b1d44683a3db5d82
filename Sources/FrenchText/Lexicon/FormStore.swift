import Foundation

/// The process-wide interner of word forms (spaCy's `StringStore`): each distinct string gets a
/// ``FormID`` once, and its ``Lexeme`` (lookup key, lemma, gender, number, ``LexicalFlags``) is
/// computed once, when the form is first interned.
///
/// Thread-safe: interning consults a dictionary under a shared lock (exclusive only to add a form);
/// ``lexeme(_:)`` reads an array that never moves, without a lock. The CLI analyses documents on all
/// cores, each building its ``WordView`` through the one store.
///
/// ```swift
/// let store = FormStore.shared
/// let id = store.intern("l’Assemblée")
/// store.lexeme(id).key == store.intern("l'assemblée")     // true
/// store.lexeme(store.intern("Mme")).flags.contains(.title) // true
/// ```
public final class FormStore: @unchecked Sendable {
    /// The store every ``WordView`` uses, with Hunspell facts from ``Lexicon/shared``.
    public static let shared = FormStore(lexicon: Lexicon.shared)

    private static let chunkBits = 12
    private static let chunkSize = 1 << chunkBits
    private static let maxChunks = 16_384

    /// The lexicon the morphology bits come from (nil: table bits only).
    public let lexicon: Lexicon?
    private let lock: UnsafeMutablePointer<pthread_rwlock_t>
    // (no dynamic exclusivity check at each look-up: every access holds the lock)
    @exclusivity(unchecked) private var ids: [String: FormID] = [:]
    @exclusivity(unchecked) private var count = 0
    /// Entries in fixed chunks that never move, so readers need no lock.
    private let chunks: UnsafeMutablePointer<UnsafeMutablePointer<Lexeme>?>
    /// The same forms by their exact UTF-8 bytes (open addressing on a byte hash, under the same lock): a form
    /// written as it was interned is found without `String` hashing, which normalises every non-ASCII string. A
    /// miss falls back to ``ids`` (a canonically equivalent spelling: same form, other bytes).
    @exclusivity(unchecked) private var exact = ExactFormTable()

    public init(lexicon: Lexicon?) {
        self.lexicon = lexicon
        lock = .allocate(capacity: 1)
        pthread_rwlock_init(lock, nil)
        chunks = .allocate(capacity: Self.maxChunks)
        chunks.initialize(repeating: nil, count: Self.maxChunks)
        // Id 0: the empty form, also given once the store is full (2^26 distinct forms).
        let empty = append(Lexeme(string: "", key: FormID(rawValue: 0), lemma: FormID(rawValue: 0), tableFlags: [],
                                  morphologyFlags: [], gender: nil, number: nil, shape: 0))
        ids[""] = empty
        exact.insert("", empty)
    }

    deinit {
        for c in 0..<Self.maxChunks {
            guard let chunk = chunks[c] else { break }
            let n = min(Self.chunkSize, count - c * Self.chunkSize)
            chunk.deinitialize(count: n)
            chunk.deallocate()
        }
        chunks.deallocate()
        exact.deallocate()
        pthread_rwlock_destroy(lock)
        lock.deallocate()
    }

    /// Number of interned forms.
    public var formCount: Int {
        pthread_rwlock_rdlock(lock)
        defer { pthread_rwlock_unlock(lock) }
        return count
    }

    /// The id of `string`, interning it (and computing its lexeme) on first sight.
    public func intern(_ string: String) -> FormID { intern(string, depth: 0) }

    /// The id of `string` when it was interned already, else nil.
    public func existingID(_ string: String) -> FormID? {
        pthread_rwlock_rdlock(lock)
        defer { pthread_rwlock_unlock(lock) }
        return ids[string]
    }

    /// The id of the form interned with exactly the bytes of `string`, else nil: no `String` hashing and no
    /// interning (a canonically equivalent spelling interned with other bytes is not found).
    func exactID(_ string: String) -> FormID? {
        pthread_rwlock_rdlock(lock)
        defer { pthread_rwlock_unlock(lock) }
        return exact.find(string, in: self)
    }

    /// What the store knows about `id` (no lock: entries never move once published).
    @inline(__always)
    public func lexeme(_ id: FormID) -> Lexeme {
        let i = Int(id.rawValue)
        return chunks[i >> Self.chunkBits]![i & (Self.chunkSize - 1)]
    }

    /// The lexeme of `id` in place (fields read through it copy nothing else: no retain of the string).
    @inline(__always)
    func entry(_ id: FormID) -> UnsafeMutablePointer<Lexeme> {
        let i = Int(id.rawValue)
        return chunks[i >> Self.chunkBits]! + (i & (Self.chunkSize - 1))
    }

    /// The string of `id` (the field read in place: no copy of the whole lexeme).
    public func string(_ id: FormID) -> String {
        let i = Int(id.rawValue)
        return chunks[i >> Self.chunkBits]![i & (Self.chunkSize - 1)].string
    }

    /// The id of `string` (interning it on first sight) and whether the stored form has exactly its bytes (false:
    /// a canonically equivalent spelling was interned first, or the store is full), for what reads the form's text.
    func internExact(_ string: String) -> (id: FormID, exact: Bool) { lookUp(string, depth: 0) }

    /// `depth` bounds the recursion: a form interns its key and lemma; those intern their key only.
    private func intern(_ string: String, depth: Int) -> FormID { lookUp(string, depth: depth).id }

    private func lookUp(_ string: String, depth: Int) -> (id: FormID, exact: Bool) {
        pthread_rwlock_rdlock(lock)
        if let id = exact.find(string, in: self) {
            pthread_rwlock_unlock(lock)
            return (id, true)
        }
        let found = ids[string]
        pthread_rwlock_unlock(lock)
        if let found { return (found, false) }

        let entry = makeLexeme(string, depth: depth)
        pthread_rwlock_wrlock(lock)
        defer { pthread_rwlock_unlock(lock) }
        if let raced = ids[string] { return (raced, false) }
        guard count < Self.maxChunks * Self.chunkSize else { return (FormID(rawValue: 0), false) }
        let id = append(entry)
        ids[string] = id
        exact.insert(string, id)
        return (id, true)
    }

    /// Stores `entry` (under the write lock, or from init); an entry whose key or lemma is itself
    /// carries the sentinel `UInt32.max`, replaced here by its own id.
    private func append(_ entry: Lexeme) -> FormID {
        let id = FormID(rawValue: UInt32(count))
        let own = { (f: FormID) in f.rawValue == UInt32.max ? id : f }
        let stored = Lexeme(string: entry.string, key: own(entry.key), lemma: own(entry.lemma), tableFlags: entry.tableFlags,
                            morphologyFlags: entry.morphologyFlags, gender: entry.gender, number: entry.number, shape: entry.shape)
        let c = count >> Self.chunkBits
        if chunks[c] == nil { chunks[c] = .allocate(capacity: Self.chunkSize) }
        (chunks[c]! + (count & (Self.chunkSize - 1))).initialize(to: stored)
        count += 1
        return id
    }

    private static let selfID = FormID(rawValue: UInt32.max)

    /// Computes a lexeme outside the lock.
    private func makeLexeme(_ string: String, depth: Int) -> Lexeme {
        let index = LexicalIndex.shared
        let keyString = LookupKey.make(string)
        let key = keyString == string ? Self.selfID : intern(keyString, depth: depth + 1)
        var table = index.flags(form: string, key: keyString)

        var morphology: LexicalFlags = []
        var lemma = key
        var gender: GrammaticalGender?, number: GrammaticalNumber?
        if let lexicon {
            let written = lexicon.analyses(of: string)
            let lower = string.lowercased()
            let lowered = lower == string ? [] : lexicon.analyses(of: lower)
            if !written.isEmpty || !lowered.isEmpty { morphology.insert(.known) }
            for a in written {
                if a.isFirstName { morphology.insert(.firstName) }
                if a.isSurname { morphology.insert(.surname) }
                if a.isProperNoun { morphology.insert(.properNoun) }
            }
            var genders = Set<GrammaticalGender>(), numbers = Set<GrammaticalNumber>()
            for a in written + lowered {
                if !a.isProperName { morphology.insert(.commonWord) }
                if a.isNoun { morphology.insert(.noun) }
                if a.isVerb { morphology.insert(.verb) }
                if a.isAdjective { morphology.insert(.adjective) }
                if a.isPastParticiple { morphology.insert(.pastParticiple) }
                if a.isVerb, index.cueLemmas.contains(LookupKey.make(a.lemma)) { morphology.insert(.cueVerb) }
                if let g = a.gender { genders.insert(g) }
                if let n = a.number { numbers.insert(n) }
            }
            if genders.count == 1 { gender = genders.first }
            if numbers.count == 1 { number = numbers.first }
            if depth == 0, let first = (written.first ?? lowered.first)?.lemma, first != string {
                lemma = intern(first, depth: depth + 1)
            } else if depth == 0, written.first != nil || lowered.first != nil {
                lemma = Self.selfID
            }
        }
        if table.contains(.cueVerb) { morphology.remove(.cueVerb) }
        if string.isEmpty { table = [] }
        return Lexeme(string: string, key: key, lemma: lemma, tableFlags: table, morphologyFlags: morphology,
                      gender: gender, number: number, shape: WordView.textShape(string))
    }
}

/// ``FormStore``'s table of forms by their exact UTF-8 bytes: slots of (byte hash, id + 1), a power of two of them,
/// linear probing, at most half full; a hit is checked byte for byte against the stored form. Every access holds the
/// store's lock (shared to find, exclusive to insert).
struct ExactFormTable {
    private var hashes: UnsafeMutablePointer<UInt64>
    private var slots: UnsafeMutablePointer<UInt32>
    private var capacity = 1 << 14
    private var count = 0

    init() {
        hashes = .allocate(capacity: capacity)
        slots = .allocate(capacity: capacity)
        slots.initialize(repeating: 0, count: capacity)
        hashes.initialize(repeating: 0, count: capacity)
    }

    func deallocate() {
        hashes.deallocate()
        slots.deallocate()
    }

    /// The id of the form whose bytes are exactly those of `string`, or nil.
    func find(_ string: String, in store: FormStore) -> FormID? {
        let found: FormID?? = string.utf8.withContiguousStorageIfAvailable { bytes -> FormID? in
            let h = Self.hash(bytes)
            let mask = capacity - 1
            var i = Int(truncatingIfNeeded: h) & mask
            while slots[i] != 0 {
                if hashes[i] == h {
                    let id = FormID(rawValue: slots[i] - 1)
                    if Self.same(store.entry(id).pointee.string, bytes) { return id }
                }
                i = (i + 1) & mask
            }
            return nil
        }
        return found ?? nil
    }

    /// Adds `string` as `id` (a string whose bytes are not contiguous is left out: ``find(_:in:)`` misses it).
    mutating func insert(_ string: String, _ id: FormID) {
        guard let h = string.utf8.withContiguousStorageIfAvailable({ Self.hash($0) }) else { return }
        if (count + 1) * 2 > capacity { grow() }
        put(h, id.rawValue + 1)
        count += 1
    }

    private mutating func put(_ h: UInt64, _ slot: UInt32) {
        let mask = capacity - 1
        var i = Int(truncatingIfNeeded: h) & mask
        while slots[i] != 0 { i = (i + 1) & mask }
        hashes[i] = h
        slots[i] = slot
    }

    private mutating func grow() {
        let oldHashes = hashes, oldSlots = slots, oldCapacity = capacity
        capacity *= 2
        hashes = .allocate(capacity: capacity)
        slots = .allocate(capacity: capacity)
        slots.initialize(repeating: 0, count: capacity)
        hashes.initialize(repeating: 0, count: capacity)
        for i in 0..<oldCapacity where oldSlots[i] != 0 { put(oldHashes[i], oldSlots[i]) }
        oldHashes.deallocate()
        oldSlots.deallocate()
    }

    private static func same(_ stored: String, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        stored.utf8.withContiguousStorageIfAvailable { s in
            s.count == bytes.count && (s.count == 0 || memcmp(s.baseAddress!, bytes.baseAddress!, s.count) == 0)
        } ?? false
    }

    /// A 64-bit hash of the bytes, eight at a time (no per-process seed needed: the table never leaves the process).
    @inline(__always)
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        let n = bytes.count
        var h: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(n)
        guard let base = bytes.baseAddress.map(UnsafeRawPointer.init) else { return h }
        var i = 0
        while i + 8 <= n {
            h = (h ^ base.loadUnaligned(fromByteOffset: i, as: UInt64.self)) &* 0xBF58_476D_1CE4_E5B9
            h ^= h >> 31
            i += 8
        }
        var tail: UInt64 = 0, shift: UInt64 = 0
        while i < n {
            tail |= UInt64(base.load(fromByteOffset: i, as: UInt8.self)) << shift
            shift += 8
            i += 1
        }
        h = (h ^ tail) &* 0x94D0_49BB_1331_11EB
        h ^= h >> 29
        h = h &* 0xBF58_476D_1CE4_E5B9
        return h ^ (h >> 32)
    }
}
