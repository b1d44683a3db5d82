/// The id of an interned word form: each distinct string gets one id per process (``FormStore``),
/// so two words are the same form, or have the same lookup key, when their ids are equal.
///
/// ```swift
/// let store = FormStore.shared
/// store.intern("Assemblée") == store.intern("Assemblée")          // true
/// store.lexeme(store.intern("L’Assemblée")).key == store.intern("l'assemblée")   // true
/// ```
public struct FormID: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let rawValue: UInt32
    public init(rawValue: UInt32) { self.rawValue = rawValue }

    public static func < (a: FormID, b: FormID) -> Bool { a.rawValue < b.rawValue }
    /// The string of this form.
    public var string: String { FormStore.shared.string(self) }
    public var description: String { string }
}
