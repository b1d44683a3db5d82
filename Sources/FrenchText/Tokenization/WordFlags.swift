/// What one occurrence of a word is, in its place: the bits that depend on the token and its
/// neighbours (a form's dictionary facts are ``LexicalFlags``).
///
/// ```swift
/// let view = Tokenizer().document(from: "« Oui », a-t-il dit à M. Legault.").words
/// view[5].flags.contains(.invertedPronoun)   // true (-t-il)
/// view[8].flags.contains(.title)             // true (M. before Legault)
/// ```
public struct WordFlags: OptionSet, Hashable, Sendable {
    public let rawValue: UInt32
    public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// A word (``Token/isWord``): not a number, mark or web address.
    public static let word = WordFlags(rawValue: 1 << 0)
    /// First character an upper-case letter (`Legault`, `L’`).
    public static let capitalised = WordFlags(rawValue: 1 << 1)
    /// Two letters or more, all upper case (`ONU`, `CGT`).
    public static let allCaps = WordFlags(rawValue: 1 << 2)
    /// An elided word (`l’`, `qu’`, `jusqu’`).
    public static let elided = WordFlags(rawValue: 1 << 3)
    /// The pronoun of an inversion (`-t-il`, `-elle`).
    public static let invertedPronoun = WordFlags(rawValue: 1 << 4)
    /// An abbreviation that keeps its period (`M.`, `etc.`, `J.`).
    public static let abbreviation = WordFlags(rawValue: 1 << 5)
    /// A title before a name (`M. Legault`, `Mme de Valmont`): a title form followed by a
    /// capitalised word, or by a name particle and a capitalised word.
    public static let title = WordFlags(rawValue: 1 << 6)
    /// An initial: one upper-case letter and its period (`J. Dupont`).
    public static let initial = WordFlags(rawValue: 1 << 7)
    /// First word of a clause: the sentence's first, or after `, ; : ( — –` or a quotation mark.
    public static let clauseStart = WordFlags(rawValue: 1 << 8)
    /// First token of its sentence.
    public static let sentenceStart = WordFlags(rawValue: 1 << 9)
    /// First token of its paragraph.
    public static let paragraphStart = WordFlags(rawValue: 1 << 10)
    /// A number (`1 000`, `12`, `3,5`) or an ordinal (`1er`).
    public static let number = WordFlags(rawValue: 1 << 11)
    /// An ordinal (`1er`, `XXIe`).
    public static let ordinal = WordFlags(rawValue: 1 << 12)
    /// A punctuation mark or symbol (not a quotation mark).
    public static let punctuation = WordFlags(rawValue: 1 << 13)
    /// A quotation mark (« » “ ” ‹ › " „).
    public static let quoteMark = WordFlags(rawValue: 1 << 14)
    /// A word with an inner hyphen (`Saint-Étienne`, `porte-parole`).
    public static let hyphenated = WordFlags(rawValue: 1 << 15)
    /// A URL, e-mail, hashtag, mention or phone number.
    public static let web = WordFlags(rawValue: 1 << 16)
    /// Inclusive writing (`détenu·e·s`, `iel`).
    public static let inclusive = WordFlags(rawValue: 1 << 17)
    /// Whitespace follows the token.
    public static let spaceAfter = WordFlags(rawValue: 1 << 18)
    /// Set by the entity tagger's view (``EntityWords``): the first word of a sentence or paragraph, or
    /// the first after an opening quotation mark, a colon or a dash (`entity_clause_start_marks.txt`).
    public static let nameClauseStart = WordFlags(rawValue: 1 << 19)
}
