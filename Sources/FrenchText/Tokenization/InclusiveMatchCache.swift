import Foundation

/// Results of ``InclusiveWriting`` matches by the text they were computed from, shared by
/// all tokenizers (thread-safe). Forms repeat within and across documents, and each analysis
/// builds candidates and asks the lexicon several times.
///
/// Keyed by the UTF-16 code units, not by `String`: two strings that are canonically equivalent
/// (`détenu·e·s` composed and decomposed) are equal as `String`s but differ in length, and the
/// cached match length must be that of the units read.
final class InclusiveMatchCache: @unchecked Sendable {
    static let shared = InclusiveMatchCache()

    typealias Match = (length: Int, form: InclusiveForm)

    private let lock = NSLock()
    /// Keyed by code units; one table per lexicon (with and without one the answers differ).
    private var withLexicon: [[UInt16]: Match?] = [:]
    private var withoutLexicon: [[UInt16]: Match?] = [:]

    /// The cached answer (itself possibly "no match"), or nil when not cached.
    func value(for key: [UInt16], lexicon: Lexicon?) -> Match?? {
        lock.lock()
        defer { lock.unlock() }
        return lexicon == nil ? withoutLexicon[key] : withLexicon[key]
    }

    func store(_ value: Match?, for key: [UInt16], lexicon: Lexicon?) {
        lock.lock()
        defer { lock.unlock() }
        if lexicon == nil {
            if withoutLexicon.count > 50_000 { withoutLexicon.removeAll(keepingCapacity: true) }
            withoutLexicon[key] = .some(value)
        } else {
            if withLexicon.count > 50_000 { withLexicon.removeAll(keepingCapacity: true) }
            withLexicon[key] = .some(value)
        }
    }
}
