/// One token of a ``Document``: a word, a number, a punctuation mark, a URL…
///
/// Like spaCy's `Token`, it knows the whitespace that follows it, so the text between
/// the first and last token can be rebuilt exactly.
public struct Token: Hashable, Sendable {
    /// The token's characters as written.
    public let text: String
    public let span: TextSpan
    /// The whitespace after the token, as written ("" when the next token is glued to it).
    public let whitespaceAfter: String
    /// Boxed so that the common token (not inclusive) stays small to copy.
    private let inclusiveBox: InclusiveBox?
    // The one-byte fields last, so that the token packs into 96 bytes.
    public let kind: TokenKind
    /// The rule that produced this token (for `frtext explain`).
    public let rule: TokenRule
    /// Set when the token is inclusive writing (`détenu·e·s`, `iel`).
    public var inclusive: InclusiveForm? { inclusiveBox?.form }

    public init(text: String, span: TextSpan, kind: TokenKind, whitespaceAfter: String, rule: TokenRule, inclusive: InclusiveForm? = nil) {
        self.text = text
        self.span = span
        self.kind = kind
        self.whitespaceAfter = whitespaceAfter
        self.rule = rule
        self.inclusiveBox = inclusive.map(InclusiveBox.init)
    }

    /// Memberwise, with the inclusive reading already boxed (the tokenizer's fast path).
    init(text: String, span: TextSpan, kind: TokenKind, whitespaceAfter: String, rule: TokenRule, inclusiveBox: InclusiveBox?) {
        self.text = text
        self.span = span
        self.kind = kind
        self.whitespaceAfter = whitespaceAfter
        self.rule = rule
        self.inclusiveBox = inclusiveBox
    }

    /// The same token with another trailing whitespace.
    func with(whitespaceAfter: String) -> Token {
        Token(text: text, span: span, kind: kind, whitespaceAfter: whitespaceAfter, rule: rule, inclusiveBox: inclusiveBox)
    }

    /// True when the token is inclusive writing.
    public var isInclusive: Bool { inclusive != nil }
    /// True for words (including elided articles, inverted pronouns and abbreviations).
    public var isWord: Bool { kind == .word || kind == .elision || kind == .pronoun || kind == .abbreviation }
    /// True when the first character is an upper-case letter.
    public var isCapitalized: Bool { text.first?.isUppercase ?? false }
}

/// What a token is.
public enum TokenKind: String, Hashable, Sendable, Codable, CaseIterable {
    case word
    /// An elided article, pronoun or conjunction: `l’`, `qu’`, `jusqu’`.
    case elision
    /// The pronoun of an inversion: `-t-il`, `-elle`.
    case pronoun
    /// An abbreviation that keeps its period: `M.`, `etc.`.
    case abbreviation
    case number
    /// An ordinal: `1er`, `XXIe`.
    case ordinal
    case phone
    case url
    case email
    case hashtag
    case mention
    /// A quotation mark: « » “ ” ‹ › " „.
    case quote
    case punctuation
    case symbol
}

/// The tokenizer rule that produced a token.
public enum TokenRule: String, Hashable, Sendable, Codable, CaseIterable {
    /// A word as ICU's word break iterator gave it.
    case icuWord = "icu-word"
    /// A word cut out of a longer ICU segment at an inner period or colon (`musique.Emmanuel`).
    case split
    /// An elided word split from the next (`l’` + `étape`).
    case elision
    /// The verb and pronoun of an inversion (`a` + `-t-il`).
    case inversion
    /// Hyphenated parts joined into one token (`Saint-Étienne`).
    case compound
    case abbreviation
    case number
    /// A date written in digits, day first: `18/10/2022`, `30/06`, `5/3/24`.
    case numericDate = "numeric-date"
    /// Two years joined by a hyphen: `2023-2024`, `1939-1945`, `2019-20`.
    case yearRange = "year-range"
    /// `1er`, `XXIe`.
    case ordinal
    case phone
    case url
    case email
    case hashtag
    case mention
    case inclusive
    case quoteMark = "quote-mark"
    case punctuation
}

/// An inclusive-writing form with its masculine and feminine expansions.
///
/// ```swift
/// InclusiveWriting().expand("acteur·rice·s")   // masculine "acteurs", feminine "actrices"
/// ```
public struct InclusiveForm: Hashable, Sendable, Codable {
    /// The form as written.
    public let form: String
    /// Masculine expansion (`détenus`), or the form itself for neutral words (`iel`).
    public let masculine: String
    /// Feminine expansion (`détenues`).
    public let feminine: String
    /// The separator used (`·`, `.`, `-`, `/`, `(`), or nil for a neutral word.
    public let separator: String?
    /// True for gender-neutral words (`iel`, `celleux`) rather than split forms.
    public let isNeutralWord: Bool
    /// The formation that made the feminine (`+e`, `-eur → -rice`, `copain → copine`, `pair ceux / celles`), for `frtext explain`.
    public let formation: String?

    public init(form: String, masculine: String, feminine: String, separator: String?, isNeutralWord: Bool,
                formation: String? = nil) {
        self.form = form
        self.masculine = masculine
        self.feminine = feminine
        self.separator = separator
        self.isNeutralWord = isNeutralWord
        self.formation = formation
    }
}
