/// One item of the light word view the quote extractor reads around quotes: a word, a
/// punctuation mark, or a whole quoted region collapsed into one item.
///
/// The items are read off the document's tokens (``AttributionText``): one segmentation for the whole library;
/// attribution rules see `a-t-il` as `a` + `il` (inverted) and `s’indignait` as `s’` + `indignait`.
///
/// ```swift
/// // « … », a-t-il déclaré.
/// // → [quote(0)] [,] [a] [il (inverted)] [déclaré] [.]
/// ```
struct AttributionWord: Sendable, Hashable {
    enum Kind: Sendable, Hashable {
        case word
        case punctuation
        /// A direct-quote candidate: index into the extractor's candidates.
        case quote(Int)
        /// A fragment (scare quotes, title): reads like a word.
        case fragment(Int)
    }

    var kind: Kind
    /// Code-point range in the document.
    var start: Int
    var end: Int
    /// The text as written (for punctuation, the mark).
    var text: String
    /// Lower-cased, ’ folded to '.
    var key: String
    /// A word's ``key`` interned in ``FormStore/shared`` (what the cue memo is keyed by); the empty form (0) for
    /// punctuation and quotes.
    var keyID: FormID
    var paragraph: Int
    /// Sentence number in the document (increases at each sentence end).
    var sentence: Int = 0
    /// An elided word (`l'`, `qu'`, `s'`).
    var isElided = false
    /// The pronoun of an inversion (`-t-il` → `il`).
    var isInverted = false
    /// A title before a name (`M.`, `Mme`, `Dr`).
    var isTitle = false
    /// True when the first character is an upper-case letter.
    let isCapitalized: Bool
    /// Whether the word can be part of a name here, once computed for the document (see ``SpeakerPhraseParser/isNameWord(_:_:)``).
    var nameWord: Bool?

    init(kind: Kind, start: Int, end: Int, text: String, key: String, keyID: FormID = FormID(rawValue: 0), paragraph: Int) {
        self.kind = kind
        self.start = start
        self.end = end
        self.text = text
        self.key = key
        self.keyID = keyID
        self.paragraph = paragraph
        if let first = text.unicodeScalars.first {
            isCapitalized = first.value < 0x80 ? (first.value >= 0x41 && first.value <= 0x5A) : first.properties.isUppercase
        } else {
            isCapitalized = false
        }
    }

    var isWord: Bool { kind == .word }
    var isPunctuation: Bool { kind == .punctuation }
    var isQuote: Bool { if case .quote = kind { return true } else { return false } }
    /// Sentence-final punctuation.
    var endsSentence: Bool { kind == .punctuation && (key == "." || key == "!" || key == "?" || key == "…" || key == "...") }
    /// Punctuation that closes a noun phrase: `,` `;` `:` `(` `)` dashes and sentence ends.
    var isBoundary: Bool { kind == .punctuation || isQuote }
}
