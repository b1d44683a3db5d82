/// One item of the sequence the quote extractor reads around quotes: an index into the document's one word view
/// (``Document/words``) with how the extractor reads it, or a whole quoted region collapsed into one item.
///
/// No text is copied: a word's form and lookup key are the interned ids of its ``Word``; a part of a token read on
/// its own (`il` of `-t-il`, `etc` of `etc.`, one mark of `?!`) has the ids of that part. Items are read off the
/// tokens by ``Document/quoteItems(_:paragraph:into:)``: attribution rules see `a-t-il` as `a` + `il` (inverted) and
/// `s’indignait` as `s’` + `indignait`.
///
/// ```swift
/// // « … », a-t-il déclaré.
/// // → [quote(0)] [,] [a] [il (inverted)] [déclaré] [.]
/// ```
struct QuoteItem: Sendable, Hashable {
    enum Kind: Sendable, Hashable {
        case word
        case punctuation
        /// A direct-quote candidate: index into the extractor's candidates.
        case quote(Int)
        /// A fragment (scare quotes, title): reads like a word.
        case fragment(Int)
    }

    var kind: Kind
    /// The word read (index into ``Document/words``, which is the token's index); -1 for a quote or fragment.
    let word: Int
    /// Code-point range in the document.
    var start: Int
    var end: Int
    /// The form as read here, interned: the word's own (``Word/form``), or its part's (`il`, `etc`, a mark).
    let form: FormID
    /// The lookup key interned (lower case, ’ folded to '): the word's ``Word/key``, or its part's; the empty form (0)
    /// for punctuation and quotes (their ``key`` is their mark).
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

    init(kind: Kind, word: Int, start: Int, end: Int, form: FormID, keyID: FormID = FormID(rawValue: 0), paragraph: Int) {
        self.kind = kind
        self.word = word
        self.start = start
        self.end = end
        self.form = form
        self.keyID = keyID
        self.paragraph = paragraph
        if let first = FormStore.shared.string(form).unicodeScalars.first {
            isCapitalized = first.value < 0x80 ? (first.value >= 0x41 && first.value <= 0x5A) : first.isUppercaseProperty
        } else {
            isCapitalized = false
        }
    }

    /// The text as read (for punctuation, the mark), from the store.
    var text: String { FormStore.shared.string(form) }
    /// The lookup key as a string, from the store (for punctuation and quotes, the mark).
    var key: String { FormStore.shared.string(keyID.rawValue == 0 ? form : keyID) }

    var isWord: Bool { kind == .word }
    var isPunctuation: Bool { kind == .punctuation }
    var isQuote: Bool { if case .quote = kind { return true } else { return false } }
    /// Sentence-final punctuation.
    var endsSentence: Bool { kind == .punctuation && Self.sentenceEnds.contains(form) }
    /// Punctuation that closes a noun phrase: `,` `;` `:` `(` `)` dashes and sentence ends.
    var isBoundary: Bool { kind == .punctuation || isQuote }

    /// The marks ending a sentence: `.` `!` `?` `…` `...`.
    private static let sentenceEnds = FormSet(ids: Set([".", "!", "?", "…", "..."].map { FormStore.shared.intern($0) }))
    /// The form of a collapsed quote's item.
    static let quoteForm = FormStore.shared.intern("«»")
    /// The form of a run of periods read as one mark.
    static let ellipsisForm = FormStore.shared.intern("…")
    /// The form of a period split off an abbreviation.
    static let periodForm = FormStore.shared.intern(".")
    /// The opening guillemet's form (a sentence opens after a stop before it).
    static let guillemetForm = FormStore.shared.intern("«")

    /// Numbers sentences in place: a sentence ends at `.`, `!`, `?`, `…` followed by a capital,
    /// a quote or the end of the paragraph; a new paragraph starts a new sentence.
    static func numberSentences(_ items: inout [QuoteItem], endsWithStop: (Int) -> Bool) {
        var sentence = 0
        for i in items.indices {
            if i > 0 {
                let prev = items[i - 1]
                if prev.paragraph != items[i].paragraph {
                    sentence += 1
                } else if prev.endsSentence || (prev.isQuote && endsWithStop(i - 1)) {
                    let cur = items[i]
                    if cur.isCapitalized || cur.isQuote || cur.kind != .word && cur.kind != .punctuation
                        || cur.kind != .word && cur.keyID.rawValue == 0 && cur.form == guillemetForm {
                        sentence += 1
                    }
                }
            }
            items[i].sentence = sentence
        }
    }

    static func isLetter(_ u: Unicode.Scalar) -> Bool {
        let v = u.value
        if v < 0x80 { return (v >= 0x61 && v <= 0x7A) || (v >= 0x41 && v <= 0x5A) || (v >= 0x30 && v <= 0x39) }
        let p = u.properties
        return p.isAlphabetic || p.numericType != nil || p.generalCategory == .nonspacingMark || p.generalCategory == .spacingMark
    }
}
