/// The lookup keys of a table as interned ids: membership is an integer test (`word.key`), never a
/// string hash. For tables that have no ``LexicalFlags`` bit of their own.
///
/// ```swift
/// let months = FormSet(.months)
/// let words = Tokenizer().document(from: "le 3 Mars").words
/// months.contains(words[2].key)   // true
/// ```
public struct FormSet: Sendable {
    /// Open addressing on the ids themselves (a multiplicative hash, linear probing, `empty` in free slots):
    /// a membership test is a multiply, a shift and a compare or two, where `Set<FormID>` ran SipHash.
    private let slots: [UInt32]
    private let shift: UInt32
    public let count: Int
    private static let empty = UInt32.max

    /// The keys of the first column of `table`.
    public init(_ table: LexicalTable, store: FormStore = .shared) {
        self.init(keys: LexicalTables.keys(table), store: store)
    }

    /// The keys of `strings` (each made a lookup key first).
    public init<S: Sequence>(keys strings: S, store: FormStore = .shared) where S.Element == String {
        self.init(ids: Set(strings.map { store.intern(LookupKey.make($0)) }))
    }

    init(ids: Set<FormID>) {
        var bits: UInt32 = 3
        while (1 << bits) < ids.count * 2 { bits += 1 }
        var slots = [UInt32](repeating: Self.empty, count: 1 << bits)
        let mask = (1 << bits) - 1
        for id in ids where id.rawValue != Self.empty {
            var i = Self.slot(id.rawValue, shift: 32 - bits)
            while slots[i] != Self.empty { i = (i + 1) & mask }
            slots[i] = id.rawValue
        }
        self.slots = slots
        shift = 32 - bits
        count = ids.count
    }

    @inline(__always) private static func slot(_ raw: UInt32, shift: UInt32) -> Int {
        Int((raw &* 0x9E37_79B1) >> shift)
    }

    @inline(__always) public func contains(_ key: FormID) -> Bool {
        let raw = key.rawValue
        if raw == Self.empty { return false }
        let mask = slots.count - 1
        var i = Self.slot(raw, shift: shift)
        while true {
            let s = slots[i]
            if s == raw { return true }
            if s == Self.empty { return false }
            i = (i + 1) & mask
        }
    }
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
