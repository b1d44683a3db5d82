/// The lexicon's analyses memoised for the quote extractor, which asks about the same few hundred word forms over
/// and over.
///
/// With the store's lexicon (``FormStore/shared``), an interned form's analyses are kept once per process by its
/// ``FormID``: a form is found by its exact bytes (``FormStore/exactID(_:)``), never by `String` hashing (which
/// normalises every non-ASCII string), and a later document reads its answer from an array. Other strings (and
/// another lexicon) are memoised for one extraction by their text.
///
/// ```swift
/// let memo = MorphologyMemo(lexicon: Lexicon.shared)
/// memo.analyses("déclaré").first?.lemma   // "déclarer"
/// ```
final class MorphologyMemo {
    let lexicon: Lexicon?
    /// The process-wide memo by form id, when `lexicon` is the store's; nil otherwise.
    private let forms: FormMemo<[MorphAnalysis]>?
    // (no dynamic exclusivity check at each look-up: one extraction uses the memo, on one thread)
    @exclusivity(unchecked) private var table: [String: [MorphAnalysis]] = [:]

    /// The analyses of the store's forms, by id (``Lexicon/analyses(of:)`` answers the same for the same form).
    private static let sharedForms = FormMemo<[MorphAnalysis]>(filler: [])

    init(lexicon: Lexicon?) {
        self.lexicon = lexicon
        if let lexicon, lexicon === FormStore.shared.lexicon {
            forms = Self.sharedForms
        } else {
            forms = nil
            table.reserveCapacity(2048)
        }
    }

    /// Analyses of `word` as written (empty without a lexicon).
    func analyses(_ word: String) -> [MorphAnalysis] {
        if forms != nil, let id = FormStore.shared.exactID(word) { return analyses(id) }
        if let hit = table[word] { return hit }
        let result = lexicon?.analyses(of: word) ?? []
        table[word] = result
        return result
    }

    /// Analyses of the form `id` of ``FormStore/shared`` (empty without a lexicon).
    func analyses(_ id: FormID) -> [MorphAnalysis] {
        guard let forms, let lexicon else { return analyses(FormStore.shared.string(id)) }
        return forms.value(id) { lexicon.analyses(of: FormStore.shared.string(id)) }
    }

    /// Analyses of the lookup key of `item` (its ``QuoteItem/key``), read by id.
    func analyses(keyOf item: QuoteItem) -> [MorphAnalysis] { analyses(item.keyID.rawValue == 0 ? item.form : item.keyID) }

    var isAvailable: Bool { lexicon != nil }
}
