/// The lookup keys of a table as interned ids: membership is an integer test (`word.key`), never a
/// string hash. For tables that have no ``LexicalFlags`` bit of their own.
///
/// ```swift
/// let months = FormSet(.months)
/// let words = Tokenizer().document(from: "le 3 Mars").words
/// months.contains(words[2].key)   // true
/// ```
public struct FormSet: Sendable {
    private let ids: Set<FormID>

    /// The keys of the first column of `table`.
    public init(_ table: LexicalTable, store: FormStore = .shared) {
        self.init(keys: LexicalTables.keys(table), store: store)
    }

    /// The keys of `strings` (each made a lookup key first).
    public init<S: Sequence>(keys strings: S, store: FormStore = .shared) where S.Element == String {
        ids = Set(strings.map { store.intern(LookupKey.make($0)) })
    }

    init(ids: Set<FormID>) { self.ids = ids }

    @inline(__always) public func contains(_ key: FormID) -> Bool { ids.contains(key) }
    public var count: Int { ids.count }
}

extension FormSet {
    /// The strings interned exactly as given: compare with ``Word/form`` for a table of forms as written
    /// (`SA`, `GmbH`), with ``Word/key`` for a table of lookup keys (`d'`, `rue`).
    public init<S: Sequence>(forms strings: S, store: FormStore = .shared) where S.Element == String {
        self.init(ids: Set(strings.map { store.intern($0) }))
    }

    /// True when `string`, as given, is in the set (a read of the store; for strings built by a rule).
    public func contains(string: String, store: FormStore = .shared) -> Bool {
        guard let id = store.existingID(string) else { return false }
        return contains(id)
    }
}
