/// The entries of a table as sequences of lookup-key ids, cut into words exactly as the tokenizer
/// cuts a document (`Côte d'Ivoire` → `côte` `d'` `ivoire`), matched longest first at a word.
///
/// ```swift
/// let places = PhraseTable(.countriesVariants)
/// let words = Tokenizer().document(from: "en Côte d’Ivoire").words
/// places.match(words, at: 1)?.length                  // 3
/// LexicalTables.rows(.countriesVariants)[places.match(words, at: 1)!.row]   // ["Côte d'Ivoire", "Côte d'Ivoire"]
/// ```
public struct PhraseTable: Sendable {
    private let byFirst: [FormID: [(keys: [FormID], row: Int)]]
    /// Number of entries.
    public let count: Int

    /// The first column of every row of `table` (row numbers are indices of ``LexicalTables/rows(_:)``).
    public init(_ table: LexicalTable, store: FormStore = .shared) {
        self.init(phrases: LexicalTables.rows(table).map { $0.first ?? "" }, store: store)
    }

    /// `phrases[i]` matches as row `i`.
    public init(phrases: [String], store: FormStore = .shared) {
        let tokenizer = Tokenizer()
        var byFirst = [FormID: [(keys: [FormID], row: Int)]]()
        var count = 0
        for (row, phrase) in phrases.enumerated() where !phrase.isEmpty {
            let keys = tokenizer.document(from: phrase).tokens.map { store.intern(LookupKey.make($0.text)) }
            guard let first = keys.first else { continue }
            byFirst[first, default: []].append((keys, row))
            count += 1
        }
        for (k, v) in byFirst { byFirst[k] = v.sorted { $0.keys.count > $1.keys.count } }
        self.byFirst = byFirst
        self.count = count
    }

    /// The longest entry starting at word `i`: its length in words and its row.
    public func match(_ words: WordView, at i: Int) -> (length: Int, row: Int)? {
        guard i < words.count, let candidates = byFirst[words[i].key] else { return nil }
        for candidate in candidates where i + candidate.keys.count <= words.count {
            var ok = true
            for (n, key) in candidate.keys.enumerated().dropFirst() where words[i + n].key != key { ok = false; break }
            if ok { return (candidate.keys.count, candidate.row) }
        }
        return nil
    }
}
