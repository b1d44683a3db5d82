/// One token of a document as the rules read it: where it is, which interned form it is, and what
/// is known about it, as integers and bits (``WordView``).
///
/// Offsets: a word's ``span`` is its token's ``TextSpan``; inside the library positions are compared
/// in code points (`span.start`, `span.end`, the unit of the JSON output and the gold files), and
/// `span.utf8Start`/`utf8End` slice the text.
///
/// ```swift
/// let view = Tokenizer().document(from: "devant l’Assemblée").words
/// view[1].flags.contains(.elided)                         // true
/// view[2].key == FormStore.shared.intern("assemblée")     // true
/// ```
public struct Word: Hashable, Sendable {
    /// Index of the token in ``Document/tokens`` (a word is one token: the tokenizer already joins
    /// `1 000`, `Saint-Étienne`, `J.-C.`).
    public let tokenIndex: Int
    public let span: TextSpan
    /// The form as written.
    public let form: FormID
    /// Its lookup key (NFC as written, ’ → ', lower case).
    public let key: FormID
    /// Its first Hunspell lemma (the key when unknown).
    public let lemma: FormID
    /// Index into ``Document/sentences``.
    public let sentence: Int
    /// Index into ``Document/paragraphs``.
    public let paragraph: Int
    /// What this occurrence is, in its place.
    public let flags: WordFlags
    /// What the form is, from the lexicon and the tables.
    public let lexical: LexicalFlags
    public let kind: TokenKind

    /// The token range of the word.
    public var tokenRange: Range<Int> { tokenIndex..<tokenIndex + 1 }
    /// The form's string (a read in the store, for display and debugging).
    public var text: String { FormStore.shared.string(form) }

    /// True when the occurrence has every bit of `flags`.
    @inline(__always) public func `is`(_ flags: WordFlags) -> Bool { self.flags.isSuperset(of: flags) }
    /// True when the form has any bit of `lexical`.
    @inline(__always) public func isAny(_ lexical: LexicalFlags) -> Bool { !self.lexical.isDisjoint(with: lexical) }
}
