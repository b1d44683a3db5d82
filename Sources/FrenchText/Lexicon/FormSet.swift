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

    @inline(__always) public func contains(_ key: FormID) -> Bool { ids.contains(key) }
    public var count: Int { ids.count }
}
