/// The one word view of a ``Document`` every rule reads (spaCy's `Doc` + `Lexeme` flags): one
/// ``Word`` per token, built once per document, with interned form ids and precomputed flags.
///
/// Build it once per document (``Document/words`` caches it) and hand it to Quotes and Entities:
/// each distinct form is looked up once per process in ``FormStore``, so rules compare ``FormID``s
/// and test bits instead of hashing strings.
///
/// ```swift
/// let doc = Tokenizer().document(from: "« Nous resterons », a-t-elle dit à Mme de Valmont.")
/// let words = doc.words
/// words.count == doc.tokens.count                  // true: word i is token i
/// words[0].flags.contains(.quoteMark)              // true
/// words[6].flags.contains(.invertedPronoun)        // true (-t-elle)
/// words[9].flags.contains(.title)                  // true (Mme)
/// words[11].lexical.contains(.surname)             // true when Hunspell knows Valmont
/// ```
public struct WordView: RandomAccessCollection, Sendable {
    public let words: [Word]

    public var startIndex: Int { 0 }
    public var endIndex: Int { words.count }
    @inline(__always) public subscript(i: Int) -> Word { words[i] }

    /// Builds the view of `document`. With `morphology` false (a tokenizer without a lexicon), the
    /// Hunspell bits are left out and only the tables speak.
    public init(_ document: Document, store: FormStore = .shared, morphology: Bool = true) {
        let tokens = document.tokens
        var sentenceOf = [Int](repeating: 0, count: tokens.count)
        var sentenceStarts = [Bool](repeating: false, count: tokens.count)
        for (s, sentence) in document.sentences.enumerated() {
            for t in sentence.tokenRange where t < tokens.count { sentenceOf[t] = s }
            if sentence.tokenRange.lowerBound < tokens.count { sentenceStarts[sentence.tokenRange.lowerBound] = true }
        }
        var paragraphOf = [Int](repeating: 0, count: tokens.count)
        var paragraphStarts = [Bool](repeating: false, count: tokens.count)
        for (p, paragraph) in document.paragraphs.enumerated() {
            for t in paragraph.tokenRange where t < tokens.count { paragraphOf[t] = p }
            if paragraph.tokenRange.lowerBound < tokens.count { paragraphStarts[paragraph.tokenRange.lowerBound] = true }
        }

        // One store look-up per token; each lexeme's fields are read in place (a copy of the lexeme retains and
        // releases its string), its text's shape bits computed once per form (``textShape(_:)``). (Tokens are read
        // in place, by index: a `for token in tokens` copy retains and releases each token's strings.)
        var ids = [FormID]()
        var tableFlags = [LexicalFlags]()
        var exact = [Bool]()
        ids.reserveCapacity(tokens.count)
        tableFlags.reserveCapacity(tokens.count)
        exact.reserveCapacity(tokens.count)
        for t in tokens.indices {
            let (id, isExact) = store.internExact(tokens[t].text)
            ids.append(id)
            exact.append(isExact)
            tableFlags.append(store.entry(id).pointee.tableFlags)
        }

        var words = [Word]()
        words.reserveCapacity(tokens.count)
        var previousOpensClause = false
        for i in tokens.indices {
            let lexeme = store.entry(ids[i])
            // (the form's shape when the form is the token's text byte for byte, else the text's own)
            let kind = tokens[i].kind, textShape = exact[i] ? lexeme.pointee.shape : Self.textShape(tokens[i].text)
            var flags = Self.shape(kind: kind, textShape: textShape, spaceAfter: !tokens[i].whitespaceAfter.isEmpty,
                                   inclusive: tokens[i].isInclusive)
            if sentenceStarts[i] { flags.formUnion([.sentenceStart, .clauseStart]) }
            if paragraphStarts[i] { flags.insert(.paragraphStart) }
            if previousOpensClause { flags.insert(.clauseStart) }
            previousOpensClause = kind == .quote || kind == .punctuation && textShape & Self.opensClauseBit != 0
            let lexical = morphology ? lexeme.pointee.flags : lexeme.pointee.tableFlags
            if lexical.contains(.title), Self.nameFollows(tokens, i + 1, tableFlags) { flags.insert(.title) }
            let key = lexeme.pointee.key
            words.append(Word(tokenIndex: i, span: tokens[i].span, form: ids[i], key: key,
                              lemma: morphology ? lexeme.pointee.lemma : key, sentence: sentenceOf[i],
                              paragraph: paragraphOf[i], flags: flags, lexical: lexical, kind: kind))
        }
        self.words = words
    }

    /// The bits a token has by itself.
    static func shape(_ token: Token) -> WordFlags {
        shape(kind: token.kind, text: token.text, spaceAfter: !token.whitespaceAfter.isEmpty, inclusive: token.isInclusive)
    }

    /// ``shape(_:)`` from the token's fields.
    static func shape(kind: TokenKind, text: String, spaceAfter: Bool, inclusive: Bool) -> WordFlags {
        shape(kind: kind, textShape: textShape(text), spaceAfter: spaceAfter, inclusive: inclusive)
    }

    /// Bits of ``textShape(_:)``.
    static let capitalisedBit: UInt8 = 1, allCapsBit: UInt8 = 2, innerHyphenBit: UInt8 = 4, initialBit: UInt8 = 8,
               opensClauseBit: UInt8 = 16

    /// ``shape(_:)`` from the token's kind and its text's ``textShape(_:)``.
    static func shape(kind: TokenKind, textShape: UInt8, spaceAfter: Bool, inclusive: Bool) -> WordFlags {
        var flags: WordFlags = []
        switch kind {
        case .word: flags.insert(.word)
        case .elision: flags.formUnion([.word, .elided])
        case .pronoun: flags.formUnion([.word, .invertedPronoun])
        case .abbreviation: flags.formUnion([.word, .abbreviation])
        case .number: flags.insert(.number)
        case .ordinal: flags.formUnion([.number, .ordinal])
        case .phone, .url, .email, .hashtag, .mention: flags.insert(.web)
        case .quote: flags.insert(.quoteMark)
        case .punctuation, .symbol: flags.insert(.punctuation)
        }
        if spaceAfter { flags.insert(.spaceAfter) }
        if inclusive { flags.insert(.inclusive) }
        guard flags.contains(.word) else { return flags }
        if textShape & capitalisedBit != 0 { flags.insert(.capitalised) }
        if textShape & allCapsBit != 0 { flags.insert(.allCaps) }
        if textShape & innerHyphenBit != 0 && kind == .word { flags.insert(.hyphenated) }
        if kind == .abbreviation, textShape & initialBit != 0 { flags.insert(.initial) }
        return flags
    }

    /// What a text alone says of a word's shape, once per form (kept in its ``Lexeme``): a first letter in capitals,
    /// all capitals (two letters or more), a hyphen inside, one capital and a period (`J.`), a first scalar after which
    /// a clause opens (``opensClause(_:)``, for punctuation).
    static func textShape(_ text: String) -> UInt8 {
        // One table read per UTF-16 unit (no Unicode property calls).
        var letters = 0, upper = 0, firstIsUpper = false, innerHyphen = false
        var position = 0, units = 0
        var last: UInt16 = 0
        for u in text.utf16 {
            let f = CharacterClass.flags(u)
            if f & CharacterClass.letter != 0 {
                letters += 1
                let isUpper = f & CharacterClass.upper != 0
                if isUpper { upper += 1 }
                if letters == 1 && position == 0 { firstIsUpper = isUpper }
            } else if CharacterClass.isHyphen(u) && position > 0 && letters > 0 {
                innerHyphen = true
            }
            position += 1
            units += 1
            last = u
        }
        var shape: UInt8 = 0
        if firstIsUpper { shape |= capitalisedBit }
        if letters >= 2 && upper == letters { shape |= allCapsBit }
        if innerHyphen { shape |= innerHyphenBit }
        if letters == 1, upper == 1, units == 2, last == 0x2E { shape |= initialBit }
        if opensClause(text) { shape |= opensClauseBit }
        return shape
    }

    /// Marks after which a clause starts (for punctuation): `, ; : ( [ — – …` and sentence ends.
    private static func opensClause(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first else { return false }
        switch first {
        case ",", ";", ":", "(", "[", "\u{2014}", "\u{2013}", "\u{2026}", ".", "!", "?": return true
        default: return false
        }
    }

    /// True when a capitalised word follows at `i`, directly or after name particles (`de Valmont`).
    private static func nameFollows(_ tokens: [Token], _ i: Int, _ tableFlags: [LexicalFlags]) -> Bool {
        var j = i
        while j < tokens.count && j < i + 3 {
            let t = tokens[j]
            guard t.isWord else { return false }
            if t.isCapitalized { return true }
            guard tableFlags[j].contains(.nameParticle) || tableFlags[j].contains(.elision) else { return false }
            j += 1
        }
        return false
    }
}
