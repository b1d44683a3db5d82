/// The lexicon's analyses memoised for one extraction, without the shared lexicon's lock:
/// the quote extractor asks about the same few hundred word forms over and over.
///
/// ```swift
/// let memo = MorphologyMemo(lexicon: Lexicon.shared)
/// memo.analyses("déclaré").first?.lemma   // "déclarer"
/// ```
final class MorphologyMemo {
    let lexicon: Lexicon?
    // (no dynamic exclusivity check at each look-up: one extraction uses the memo, on one thread)
    @exclusivity(unchecked) private var table: [String: [MorphAnalysis]] = [:]

    init(lexicon: Lexicon?) {
        self.lexicon = lexicon
        table.reserveCapacity(2048)
    }

    /// Analyses of `word` as written (empty without a lexicon).
    func analyses(_ word: String) -> [MorphAnalysis] {
        if let hit = table[word] { return hit }
        let result = lexicon?.analyses(of: word) ?? []
        table[word] = result
        return result
    }

    var isAvailable: Bool { lexicon != nil }
}
