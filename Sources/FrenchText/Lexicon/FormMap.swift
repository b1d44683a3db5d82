/// A read-only table from interned forms to values, for the hot look-ups of the rules (`months[word.key]`):
/// open addressing on the ids themselves, like ``FormSet``, where `[FormID: Value]` ran SipHash at each read.
///
/// ```swift
/// let months = FormMap([FormStore.shared.intern("mars"): 3])
/// months[FormStore.shared.intern("mars")]   // 3
/// ```
public struct FormMap<Value: Sendable>: Sendable {
    private let slots: [UInt32]
    private let values: [Value?]
    private let shift: UInt32
    public let count: Int
    private static var empty: UInt32 { UInt32.max }

    public init(_ dictionary: [FormID: Value]) {
        var bits: UInt32 = 3
        while (1 << bits) < dictionary.count * 2 { bits += 1 }
        var slots = [UInt32](repeating: Self.empty, count: 1 << bits)
        var values = [Value?](repeating: nil, count: 1 << bits)
        let mask = (1 << bits) - 1
        for (id, value) in dictionary where id.rawValue != Self.empty {
            var i = Self.slot(id.rawValue, shift: 32 - bits)
            while slots[i] != Self.empty { i = (i + 1) & mask }
            slots[i] = id.rawValue
            values[i] = value
        }
        self.slots = slots
        self.values = values
        shift = 32 - bits
        count = dictionary.count
    }

    @inline(__always) private static func slot(_ raw: UInt32, shift: UInt32) -> Int {
        Int((raw &* 0x9E37_79B1) >> shift)
    }

    /// The value of `key`, or nil.
    @inline(__always) public subscript(_ key: FormID) -> Value? {
        let raw = key.rawValue
        if raw == Self.empty { return nil }
        let mask = slots.count - 1
        var i = Self.slot(raw, shift: shift)
        while true {
            let s = slots[i]
            if s == raw { return values[i] }
            if s == Self.empty { return nil }
            i = (i + 1) & mask
        }
    }
}
