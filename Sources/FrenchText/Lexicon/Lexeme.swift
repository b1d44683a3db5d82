/// Everything the library knows about one interned form, computed once per process
/// (spaCy's `Lexeme`): its lookup key, lemma, gender, number and ``LexicalFlags``.
///
/// ```swift
/// let store = FormStore.shared
/// let déclarait = store.lexeme(store.intern("déclarait"))
/// déclarait.lemma == store.intern("déclarer")          // true
/// déclarait.flags.contains(.cueVerb)                   // true
/// ```
public struct Lexeme: Sendable {
    /// The form as interned.
    public let string: String
    /// The id of its lookup key (``LookupKey``: lower case, ’ → '); the form's own id when it is a key.
    public let key: FormID
    /// The id of its first lemma in Hunspell, or of its key when Hunspell does not know it.
    public let lemma: FormID
    /// Bits from the resource tables (no lexicon needed).
    public let tableFlags: LexicalFlags
    /// Bits that need Hunspell (``LexicalFlags/morphology`` and `.cueVerb` through a lemma).
    public let morphologyFlags: LexicalFlags
    /// Gender when every Hunspell analysis agrees, else nil.
    public let gender: GrammaticalGender?
    /// Number when every Hunspell analysis agrees, else nil.
    public let number: GrammaticalNumber?
    /// What the form's text alone says of its shape (``WordView/textShape(_:)``: capitalised, all capitals, inner
    /// hyphen, initial-like, clause-opening mark), read by ``WordView`` instead of walking the text at each token.
    let shape: UInt8

    /// Table and Hunspell bits together.
    public var flags: LexicalFlags { tableFlags.union(morphologyFlags) }
}
