/// A token as the scanner first records it: UTF-16 offsets and what made it (a plain value,
/// cheap to copy; inclusive readings are kept beside, in ``TokenScanner/inclusiveForms``). The
/// ``Tokenizer`` turns these into ``Token`` values once sentences are known.
struct RawToken: Sendable {
    /// UTF-16 offsets in the text, end exclusive.
    var start: Int
    var end: Int
    var kind: TokenKind
    var rule: TokenRule
    /// True when a line break comes between the previous token and this one (a new paragraph).
    var startsLine: Bool
}
