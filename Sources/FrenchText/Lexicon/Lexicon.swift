import CHunspellShim
import Foundation

/// French morphology and lexicon over Hunspell and the Dicollecte dictionary
/// (`hunspell-fr-comprehensive`).
///
/// Analyses are cached per word form; the lexicon is safe to use from several threads: cache hits
/// are read under a shared lock, so parallel workers do not queue behind each other, and only the
/// Hunspell call on a miss is serialised. The dictionary (about 0.06 s to parse) is read on a
/// background thread from the moment the lexicon is created, so that start-up work elsewhere
/// (ICU, tables, tokenizing) overlaps with it; the first Hunspell call waits for it.
///
/// ```swift
/// let lexicon = try Lexicon()
/// lexicon.analyses(of: "déclarait").first?.lemma        // "déclarer"
/// lexicon.analyses(of: "Anna").first?.isFirstName        // true, gender .feminine
/// ```
public final class Lexicon: @unchecked Sendable {
    /// Default location of the Dicollecte dictionary on Debian.
    public static let defaultDictionaryPath = "/usr/share/hunspell/fr"

    /// Set by the loading thread before `loaded` is left; nil when Hunspell could not read the files.
    private var handle: UnsafeMutableRawPointer?
    private let loaded = DispatchGroup()
    /// Serialises Hunspell calls (a handle is not thread-safe) and the use of `buffer`.
    private let hunspellLock = NSLock()
    /// Guards `cache`: shared for reads, exclusive for writes.
    private let cacheLock: UnsafeMutablePointer<pthread_rwlock_t>
    private var cache: [String: [MorphAnalysis]] = [:]
    private var buffer = [CChar](repeating: 0, count: 8192)

    /// Opens the dictionary `path.aff` / `path.dic`.
    public init(path: String = Lexicon.defaultDictionaryPath) throws {
        guard FileManager.default.isReadableFile(atPath: path + ".dic"),
              FileManager.default.isReadableFile(atPath: path + ".aff")
        else { throw FrenchTextError.lexiconUnavailable(path: path + ".dic") }
        cacheLock = .allocate(capacity: 1)
        pthread_rwlock_init(cacheLock, nil)
        loaded.enter()
        let loader = Thread { [self] in
            handle = ft_hunspell_open(path + ".aff", path + ".dic")
            loaded.leave()
        }
        loader.stackSize = 1 << 20
        loader.start()
    }

    deinit {
        loaded.wait()
        if let handle { ft_hunspell_close(handle) }
        pthread_rwlock_destroy(cacheLock)
        cacheLock.deallocate()
    }

    /// The shared French lexicon, opened once; nil when the dictionary is not installed.
    public static let shared: Lexicon? = try? Lexicon()

    /// All analyses of `word` (empty when unknown). Apostrophes ’ are looked up as written.
    public func analyses(of word: String) -> [MorphAnalysis] {
        pthread_rwlock_rdlock(cacheLock)
        let cached = cache[word]
        pthread_rwlock_unlock(cacheLock)
        if let cached { return cached }

        let result = analyze(word)
        pthread_rwlock_wrlock(cacheLock)
        if cache.count > 200_000 { cache.removeAll(keepingCapacity: true) }
        cache[word] = result
        pthread_rwlock_unlock(cacheLock)
        return result
    }

    /// Asks Hunspell (one call at a time).
    private func analyze(_ word: String) -> [MorphAnalysis] {
        loaded.wait()
        guard let handle else { return [] }
        hunspellLock.lock()
        defer { hunspellLock.unlock() }
        var count = ft_hunspell_analyze(handle, word, &buffer, Int32(buffer.count))
        if count < 0 {
            buffer = [CChar](repeating: 0, count: buffer.count * 8)
            count = ft_hunspell_analyze(handle, word, &buffer, Int32(buffer.count))
        }
        var result = [MorphAnalysis]()
        if count > 0 {
            let raw = buffer.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
            result = raw.split(separator: "\n").map { MorphAnalysis(parsing: $0, form: word) }
        }
        return result
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

    init(parsing line: Substring, form: String) {
        var elidedPrefix: String?
        var lemma: String?
        var tags = [String]()
        var gender: GrammaticalGender?
        var number: GrammaticalNumber?
        for field in line.split(whereSeparator: { $0 == " " || $0 == "\t" }) {
            if field.hasPrefix("st:") { lemma = String(field.dropFirst(3)) }
            else if field.hasPrefix("dp:") { elidedPrefix = String(field.dropFirst(3).prefix { $0 != "+" }) }
            else if field.hasPrefix("po:") { tags.append(String(field.dropFirst(3))) }
            else if field.hasPrefix("is:") {
                switch field.dropFirst(3) {
                case "mas": gender = .masculine
                case "fem": gender = .feminine
                case "epi": gender = .epicene
                case "sg": number = .singular
                case "pl": number = .plural
                case "inv": number = .invariable
                default: break
                }
            }
        }
        self.lemma = lemma ?? form
        self.elidedPrefix = elidedPrefix
        self.tags = tags
        self.gender = gender
        self.number = number
    }

    public var isVerb: Bool { tags.contains { $0.hasPrefix("v") && $0.count > 1 && $0.dropFirst().first!.isNumber } }
    public var isNoun: Bool { tags.contains("nom") }
    public var isAdjective: Bool { tags.contains("adj") }
    public var isPastParticiple: Bool { tags.contains("ppas") }
    /// `po:prn`: a first name.
    public var isFirstName: Bool { tags.contains("prn") }
    /// `po:patr`: a surname.
    public var isSurname: Bool { tags.contains("patr") }
    /// `po:npr`: a proper noun (place, organisation, brand…).
    public var isProperNoun: Bool { tags.contains("npr") }
    /// First name, surname or proper noun.
    public var isProperName: Bool { isFirstName || isSurname || isProperNoun }
}

public enum GrammaticalGender: String, Hashable, Sendable, Codable {
    case masculine, feminine, epicene
}

public enum GrammaticalNumber: String, Hashable, Sendable, Codable {
    case singular, plural, invariable
}
