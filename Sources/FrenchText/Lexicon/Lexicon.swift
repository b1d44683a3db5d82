import CHunspellShim
import Foundation

/// French morphology and lexicon over Hunspell and the Dicollecte dictionary
/// (`hunspell-fr-comprehensive`).
///
/// Analyses are cached per word form; the lexicon is safe to use from several threads: cache hits
/// are read under a shared lock, so parallel workers do not queue behind each other, and only the
/// Hunspell call on a miss is serialised.
///
/// Hunspell's answers are also kept in a file (``LexiconCache``, under `$XDG_CACHE_HOME/frenchtext`
/// or `~/.cache/frenchtext`) that later runs memory-map: a run whose forms are all in it never parses
/// the dictionary (about 0.07 s). Without a usable file, the dictionary is read on a background thread
/// from the moment the lexicon is created, as before; with one, only on the first form the file lacks.
/// ``saveCache()`` adds the new answers to the file.
///
/// ```swift
/// let lexicon = try Lexicon()
/// lexicon.analyses(of: "déclarait").first?.lemma        // "déclarer"
/// lexicon.analyses(of: "Anna").first?.isFirstName        // true, gender .feminine
/// ```
public final class Lexicon: @unchecked Sendable {
    /// Default location of the Dicollecte dictionary on Debian.
    public static let defaultDictionaryPath = "/usr/share/hunspell/fr"

    private let path: String
    /// Set by the loading thread before `loaded` is left; nil when Hunspell could not read the files.
    private var handle: UnsafeMutableRawPointer?
    private let loaded = DispatchGroup()
    /// Guards `loadStarted`.
    private let loadLock = NSLock()
    private var loadStarted = false
    /// Serialises Hunspell calls (a handle is not thread-safe) and the use of `buffer`.
    private let hunspellLock = NSLock()
    /// Guards `cache` and `fresh`: shared for reads, exclusive for writes.
    private let cacheLock: UnsafeMutablePointer<pthread_rwlock_t>
    // (no dynamic exclusivity check at each look-up: every access holds `cacheLock`)
    @exclusivity(unchecked) private var cache: [String: [MorphAnalysis]] = [:]
    /// Words known only through their accented reading (`Etat` → `État`), under `cacheLock`.
    private var accentReadings: Set<String> = []
    private var buffer = [CChar](repeating: 0, count: 8192)

    /// The compiled answers of earlier runs (nil: none usable).
    private let compiled: LexiconCache?
    /// Where the compiled answers live (nil: not kept).
    private let cacheFile: String?
    /// The dictionary's identity (path, sizes, modification times) and the cache format.
    let cacheIdentity: String
    /// Hunspell's answers that `compiled` lacks, to be added by ``saveCache()``.
    private var fresh: [String: String] = [:]
    /// Warnings about the cache file met so far (FT011).
    private var warnings: [FrenchTextError] = []

    /// Opens the dictionary `path.aff` / `path.dic`. `cacheDirectory` holds the compiled answers
    /// (nil: Hunspell alone, nothing written).
    public init(path: String = Lexicon.defaultDictionaryPath,
                cacheDirectory: String? = Lexicon.defaultCacheDirectory) throws {
        let dic = Self.fileStamp(path + ".dic"), aff = Self.fileStamp(path + ".aff")
        guard let dic, let aff, FileManager.default.isReadableFile(atPath: path + ".dic"),
              FileManager.default.isReadableFile(atPath: path + ".aff")
        else { throw FrenchTextError.lexiconUnavailable(path: path + ".dic") }
        self.path = path
        cacheLock = .allocate(capacity: 1)
        pthread_rwlock_init(cacheLock, nil)
        let identity = "frenchtext lexicon cache \(LexiconCache.formatVersion)|\(path)|dic \(dic)|aff \(aff)"
        cacheIdentity = identity
        let cacheFile = cacheDirectory.map { Self.cacheFile(in: $0, identity: identity) }
        self.cacheFile = cacheFile
        var compiled: LexiconCache?
        if let cacheFile {
            do throws(LexiconCache.Failure) {
                compiled = try LexiconCache(path: cacheFile, identity: identity)
            } catch {
                if case let .corrupt(reason) = error {
                    warnings.append(.lexiconCacheUnusable(path: cacheFile, reason: reason + "; rebuilt from Hunspell"))
                }
            }
        }
        self.compiled = compiled
        if compiled == nil { startLoading() }
    }

    deinit {
        loadLock.lock()
        let started = loadStarted
        loadLock.unlock()
        if started {
            loaded.wait()
            if let handle { ft_hunspell_close(handle) }
        }
        pthread_rwlock_destroy(cacheLock)
        cacheLock.deallocate()
    }

    /// The shared French lexicon, opened once; nil when the dictionary is not installed.
    public static let shared: Lexicon? = {
        let lexicon = try? Lexicon()
        sharedLock.lock()
        sharedCreated = true
        sharedLock.unlock()
        return lexicon
    }()
    private static let sharedLock = NSLock()
    nonisolated(unsafe) private static var sharedCreated = false

    /// `$FRENCHTEXT_CACHE_DIR` (empty: no cache), else `$XDG_CACHE_HOME/frenchtext`, else
    /// `~/.cache/frenchtext`.
    public static var defaultCacheDirectory: String? {
        let env = ProcessInfo.processInfo.environment
        if let dir = env["FRENCHTEXT_CACHE_DIR"] { return dir.isEmpty ? nil : dir }
        if let xdg = env["XDG_CACHE_HOME"], xdg.hasPrefix("/") { return xdg + "/frenchtext" }
        let home = NSHomeDirectory()
        return home.isEmpty ? nil : home + "/.cache/frenchtext"
    }

    /// The cache file of a dictionary: one per identity, so several dictionaries can share a folder.
    private static func cacheFile(in directory: String, identity: String) -> String {
        let hash = Array(identity.utf8).withUnsafeBytes { LexiconCache.fnv1a($0) }
        return directory + "/lexicon-" + String(hash, radix: 16) + ".bin"
    }

    /// Size and modification time of a file, or nil when it does not exist.
    private static func fileStamp(_ path: String) -> String? {
        var st = stat()
        guard stat(path, &st) == 0 else { return nil }
        return "\(st.st_size) \(st.st_mtim.tv_sec).\(st.st_mtim.tv_nsec)"
    }

    /// Starts reading the dictionary on a background thread, once.
    private func startLoading() {
        loadLock.lock()
        defer { loadLock.unlock() }
        guard !loadStarted else { return }
        loadStarted = true
        loaded.enter()
        let loader = Thread { [self] in
            handle = ft_hunspell_open(path + ".aff", path + ".dic")
            loaded.leave()
        }
        loader.stackSize = 1 << 20
        loader.start()
    }

    /// Number of forms the compiled file held when the lexicon was opened (0: none usable).
    public var compiledFormCount: Int { compiled?.formCount ?? 0 }

    /// True once Hunspell has been asked to read the dictionary (a form the compiled file lacked).
    public var hunspellLoaded: Bool {
        loadLock.lock()
        defer { loadLock.unlock() }
        return loadStarted
    }

    /// All analyses of `word` (empty when unknown). Apostrophes ’ are looked up as written. A word the
    /// dictionary does not know that opens with `E`/`e` and would be known with `É`/`é` takes that word's analyses:
    /// capitals often lose their accent in print (`le chef de l’Etat`, `Ecole normale`, `Eric`).
    public func analyses(of word: String) -> [MorphAnalysis] {
        pthread_rwlock_rdlock(cacheLock)
        let cached = cache[word]
        pthread_rwlock_unlock(cacheLock)
        if let cached { return cached }

        var (raw, isNew) = answer(word)
        var newAnswers = isNew ? [(word, raw)] : []
        if raw.isEmpty, let accented = Self.withAccentedInitial(word) {
            let (restored, restoredIsNew) = answer(accented)
            if restoredIsNew { newAnswers.append((accented, restored)) }
            raw = restored
            if !restored.isEmpty { readWithAccent(word) }
        }
        let result = MorphAnalysis.parse(raw, form: word)
        pthread_rwlock_wrlock(cacheLock)
        if cache.count > 200_000 { cache.removeAll(keepingCapacity: true) }
        cache[word] = result
        if cacheFile != nil {
            for (form, answer) in newAnswers where fresh.count < Self.maximumNewForms { fresh[form] = answer }
        }
        pthread_rwlock_unlock(cacheLock)
        return result
    }

    /// Records that `word` is known only as its accented reading (``isKnownOnlyWithAccent(_:)``).
    private func readWithAccent(_ word: String) {
        pthread_rwlock_wrlock(cacheLock)
        accentReadings.insert(word)
        pthread_rwlock_unlock(cacheLock)
    }

    /// True when the dictionary knows `word` only by reading its opening `E`/`e` as `É`/`é`: `Ecolo` (the Belgian
    /// party) read as `écolo`, `Etat` as `état`. A name list that spells the word so is then the better judge.
    public func isKnownOnlyWithAccent(_ word: String) -> Bool {
        _ = analyses(of: word)
        pthread_rwlock_rdlock(cacheLock)
        defer { pthread_rwlock_unlock(cacheLock) }
        return accentReadings.contains(word)
    }

    /// Hunspell's answer for `word` as written (from the compiled file when it has it), and whether Hunspell was asked.
    private func answer(_ word: String) -> (raw: String, isNew: Bool) {
        if let found = compiled?.lookup(word) { return (found, false) }
        if Self.isDigits(word) { return ("", false) }
        return (analyze(word), true)
    }

    /// `Etat` → `État`, `ecole` → `école`: the word with its opening `E`/`e` accented, when a lower-case letter
    /// follows (never an acronym such as `EU`); nil otherwise.
    static func withAccentedInitial(_ word: String) -> String? {
        var scalars = word.unicodeScalars.makeIterator()
        guard let first = scalars.next(), first == "E" || first == "e", let second = scalars.next(),
              second.isLowercaseProperty, word.unicodeScalars.count >= 3 else { return nil }
        return (first == "E" ? "\u{C9}" : "\u{E9}") + String(word.unicodeScalars.dropFirst())
    }

    /// Forms added to the file in one save, and in the file at most.
    private static let maximumNewForms = 200_000
    private static let maximumForms = 1_000_000

    /// ASCII digits only (`2025`, `12`): Hunspell gives numbers no analysis, and the dictionary has no
    /// entry without a letter but `-` and `_`.
    private static func isDigits(_ word: String) -> Bool {
        !word.isEmpty && word.utf8.allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
    }

    /// Asks Hunspell (one call at a time): its lines joined by `\n`, empty when it knows no analysis.
    private func analyze(_ word: String) -> String {
        startLoading()
        loaded.wait()
        guard let handle else { return "" }
        hunspellLock.lock()
        defer { hunspellLock.unlock() }
        var count = ft_hunspell_analyze(handle, word, &buffer, Int32(buffer.count))
        if count < 0 {
            buffer = [CChar](repeating: 0, count: buffer.count * 8)
            count = ft_hunspell_analyze(handle, word, &buffer, Int32(buffer.count))
        }
        guard count > 0 else { return "" }
        var raw = buffer.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
        if raw.hasSuffix("\n") { raw.removeLast() }
        return raw
    }

    /// Adds the answers Hunspell gave since the lexicon was opened to the compiled file (written
    /// beside it and renamed into place). Returns the cache warnings met (a corrupt file found at
    /// opening, a folder that cannot be written: FT011); never throws, the lexicon works without it.
    @discardableResult
    public func saveCache() -> [FrenchTextError] {
        pthread_rwlock_wrlock(cacheLock)
        let added = fresh
        fresh = [:]
        var met = warnings
        warnings = []
        pthread_rwlock_unlock(cacheLock)
        guard let cacheFile, !added.isEmpty else { return met }
        var entries = compiled?.entries() ?? []
        if entries.count + added.count <= Self.maximumForms {
            entries += added.map { (Array($0.key.utf8), Array($0.value.utf8)) }
        }
        do {
            try LexiconCache.write(entries, identity: cacheIdentity, to: cacheFile)
        } catch {
            met.append(.lexiconCacheUnusable(path: cacheFile, reason: "cannot be written: \(error.localizedDescription)"))
        }
        return met
    }

    /// Saves the cache of ``shared`` when a run used it (see ``saveCache()``); nothing otherwise.
    @discardableResult
    public static func saveSharedCache() -> [FrenchTextError] {
        sharedLock.lock()
        let created = sharedCreated
        sharedLock.unlock()
        guard created, let shared else { return [] }
        return shared.saveCache()
    }

    /// True when Hunspell accepts `word` as spelled.
    public func contains(_ word: String) -> Bool {
        !analyses(of: word).isEmpty
    }

    /// Lemmas of `word` (`déclaré` → [`déclarer`]).
    public func lemmas(of word: String) -> [String] {
        var seen = [String]()
        for a in analyses(of: word) where !seen.contains(a.lemma) { seen.append(a.lemma) }
        return seen
    }

    /// True when `word` (as written, or lower-cased) is a common word: a noun, verb,
    /// adjective, determiner… rather than only a proper noun or first name.
    public func isCommonWord(_ word: String) -> Bool {
        let forms = [word, word.lowercased()]
        for form in forms {
            if analyses(of: form).contains(where: { !$0.isProperName }) { return true }
        }
        return false
    }

    /// Gender of a first name from the lexicon (`Anna` → feminine), or nil.
    public func firstNameGender(_ word: String) -> GrammaticalGender? {
        analyses(of: word).first(where: \.isFirstName)?.gender
    }
}

/// One Hunspell analysis of a word form.
public struct MorphAnalysis: Hashable, Sendable {
    /// The lemma (`st:`), or the form itself when the dictionary gives none.
    public let lemma: String
    /// Parts of speech (`po:` values): `v1__tnq__a`, `nom`, `adj`, `prn`, `patr`, `npr`, `ppas`, `3sg`…
    public let tags: [String]
    public let gender: GrammaticalGender?
    public let number: GrammaticalNumber?
    /// The elided word Hunspell found in front (`dp:` field): `le|la` for `l’étape`, `que` for `qu’il`.
    public let elidedPrefix: String?

    /// Reads Hunspell's lines for `form` (one analysis per non-empty line), on their UTF-8 bytes.
    static func parse(_ raw: String, form: String) -> [MorphAnalysis] {
        if raw.isEmpty { return [] }
        var raw = raw
        return raw.withUTF8 { b in
            var out = [MorphAnalysis]()
            var start = 0
            while start < b.count {
                var end = start
                while end < b.count && b[end] != 0x0A { end += 1 }
                if end > start { out.append(MorphAnalysis(line: UnsafeBufferPointer(rebasing: b[start..<end]), form: form)) }
                start = end + 1
            }
            return out
        }
    }

    /// Reads one line of Hunspell's analysis (`st:déclarer po:v1__tnq__a is:mas is:sg`).
    init(parsing line: Substring, form: String) {
        var line = line
        self = line.withUTF8 { MorphAnalysis(line: $0, form: form) }
    }

    /// Reads one line, field by field on its bytes: `st:` lemma, `dp:` elided word, `po:` tags, `is:` gender or number.
    private init(line b: UnsafeBufferPointer<UInt8>, form: String) {
        var elidedPrefix: String?
        var lemma: String?
        var tags = [String]()
        var gender: GrammaticalGender?
        var number: GrammaticalNumber?
        var i = 0
        while i < b.count {
            while i < b.count && (b[i] == 0x20 || b[i] == 0x09) { i += 1 }
            var end = i
            while end < b.count && b[end] != 0x20 && b[end] != 0x09 { end += 1 }
            if end - i >= 3 && b[i + 2] == 0x3A {
                let value = UnsafeBufferPointer(rebasing: b[(i + 3)..<end])
                switch (b[i], b[i + 1]) {
                case (0x73, 0x74): lemma = String(decoding: value, as: UTF8.self)                    // st:
                case (0x64, 0x70):                                                                     // dp:
                    let plus = value.firstIndex(of: 0x2B) ?? value.count
                    elidedPrefix = String(decoding: UnsafeBufferPointer(rebasing: value[..<plus]), as: UTF8.self)
                case (0x70, 0x6F): tags.append(String(decoding: value, as: UTF8.self))              // po:
                case (0x69, 0x73):                                                                     // is:
                    switch String(decoding: value, as: UTF8.self) {
                    case "mas": gender = .masculine
                    case "fem": gender = .feminine
                    case "epi": gender = .epicene
                    case "sg": number = .singular
                    case "pl": number = .plural
                    case "inv": number = .invariable
                    default: break
                    }
                default: break
                }
            }
            i = end
        }
        self.lemma = lemma ?? form
        self.elidedPrefix = elidedPrefix
        self.tags = tags
        self.gender = gender
        self.number = number
        kinds = Self.kinds(of: tags)
    }

    /// The parts of speech the properties below test, read once from `tags`.
    private let kinds: UInt8
    private static let verb: UInt8 = 1, noun: UInt8 = 2, adjective: UInt8 = 4, pastParticiple: UInt8 = 8,
                       firstName: UInt8 = 16, surname: UInt8 = 32, properNoun: UInt8 = 64

    private static func kinds(of tags: [String]) -> UInt8 {
        var k: UInt8 = 0
        for tag in tags {
            switch tag {
            case "nom": k |= noun
            case "adj": k |= adjective
            case "ppas": k |= pastParticiple
            case "prn": k |= firstName
            case "patr": k |= surname
            case "npr": k |= properNoun
            default: if tag.hasPrefix("v") && tag.count > 1 && tag.dropFirst().first!.isNumber { k |= verb }
            }
        }
        return k
    }

    public var isVerb: Bool { kinds & Self.verb != 0 }
    public var isNoun: Bool { kinds & Self.noun != 0 }
    public var isAdjective: Bool { kinds & Self.adjective != 0 }
    public var isPastParticiple: Bool { kinds & Self.pastParticiple != 0 }
    /// `po:prn`: a first name.
    public var isFirstName: Bool { kinds & Self.firstName != 0 }
    /// `po:patr`: a surname.
    public var isSurname: Bool { kinds & Self.surname != 0 }
    /// `po:npr`: a proper noun (place, organisation, brand…).
    public var isProperNoun: Bool { kinds & Self.properNoun != 0 }
    /// First name, surname or proper noun.
    public var isProperName: Bool { isFirstName || isSurname || isProperNoun }
}

public enum GrammaticalGender: String, Hashable, Sendable, Codable {
    case masculine, feminine, epicene
}

public enum GrammaticalNumber: String, Hashable, Sendable, Codable {
    case singular, plural, invariable
}
