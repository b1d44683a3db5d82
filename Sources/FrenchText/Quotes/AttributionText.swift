/// Reads the quote extractor's items (``AttributionWord``) off the document's one word view: each token of a stretch
/// of text becomes a word or a punctuation mark, as the tokenizer segmented it (`l’` + `Intérieur`, `a` + `-t-il`,
/// `1 000`, `presqu’île`, `détenu·e·s`).
///
/// Two readings are the extractor's own: an inverted pronoun is the pronoun alone (`-t-il` → `il`, flagged
/// inverted, its span after the hyphens; also `t-il` and `t’il` written without the first hyphen), and an abbreviation keeps its period only as a title (`M.`, `Mme.`) or an
/// initial (`J.`, `J.-P.`), its key without the period; any other (`etc.`, `p.`) is the word and a full stop.
///
/// ```swift
/// // "a-t-il déclaré"  → a · il (inverted) · déclaré
/// // "s’indignait"     → ["s’" (elided), "indignait"]
/// ```
struct AttributionText: Sendable {
    let table: QuoteLexicon
    let document: Document
    /// The document's word view (one ``Word`` per token).
    let words: WordView
    /// The keys of ``QuoteLexicon/titles`` as form ids.
    private let titleKeys: FormSet

    init(table: QuoteLexicon, document: Document) {
        self.table = table
        self.document = document
        self.words = document.words
        self.titleKeys = table.titleKeys
    }

    /// A key made here (not the token's own) interned.
    private func intern(_ key: String) -> FormID { FormStore.shared.intern(key) }

    /// Appends the words and punctuation of the tokens inside code points `range` to `out`.
    func scan(_ range: Range<Int>, paragraph: Int, into out: inout [AttributionWord]) {
        let tokens = document.tokens
        var t = document.tokenIndex(atOrAfter: range.lowerBound)
        while t < tokens.count, tokens[t].span.start < range.upperBound {
            if tokens[t].span.end <= range.upperBound { append(tokens[t], key: words[t].key, paragraph: paragraph, into: &out) }
            t += 1
        }
    }

    /// `t-` or `t’` of an inversion (`t-il`, `t’il`): the letter t and one hyphen or apostrophe.
    private func isEuphonicT(_ text: String) -> Bool {
        startsWithEuphonicT(text) && text.unicodeScalars.count == 2
    }

    /// `text` begins with `t-` or `t’` (no copy of the text).
    private func startsWithEuphonicT(_ text: String) -> Bool {
        var it = text.unicodeScalars.makeIterator()
        guard let t = it.next(), t == "t" || t == "T", let mark = it.next() else { return false }
        return mark == "-" || mark == "'" || mark == "\u{2019}"
    }

    /// `key` is the word's lookup key in the store (``Word/key``), read rather than computed again.
    private func append(_ token: Token, key: FormID, paragraph: Int, into out: inout [AttributionWord]) {
        let text = token.text, start = token.span.start, end = token.span.end
        switch token.kind {
        case .punctuation, .symbol, .quote:
            if text.unicodeScalars.count > 1, text.unicodeScalars.allSatisfy({ $0 == "." }) {
                out.append(AttributionWord(kind: .punctuation, start: start, end: end, text: "…", key: "…", paragraph: paragraph))
                return
            }
            for (i, u) in text.unicodeScalars.enumerated() {
                let mark = String(Character(u))
                out.append(AttributionWord(kind: .punctuation, start: start + i, end: start + i + 1, text: mark, key: mark, paragraph: paragraph))
            }
        case .pronoun:
            let hyphens = text.hasPrefix("-t-") ? 3 : text.hasPrefix("-") ? 1 : 0
            let pronoun = String(String.UnicodeScalarView(text.unicodeScalars.dropFirst(hyphens)))
            let pronounKey = QuoteLexicon.key(pronoun)
            var w = AttributionWord(kind: .word, start: start + hyphens, end: end, text: pronoun, key: pronounKey, keyID: intern(pronounKey),
                                    paragraph: paragraph)
            w.isInverted = true
            out.append(w)
        case .elision where isEuphonicT(text):
            return  // concède t’il: the euphonic t written with an apostrophe; the pronoun follows
        case .word where startsWithEuphonicT(text) && table.pronouns[QuoteLexicon.key(String(text.unicodeScalars.dropFirst(2)))] != nil:
            // explique t-il, a t-elle dit: the inversion written without its first hyphen.
            let pronoun = String(String.UnicodeScalarView(text.unicodeScalars.dropFirst(2)))
            let pronounKey = QuoteLexicon.key(pronoun)
            var w = AttributionWord(kind: .word, start: start + 2, end: end, text: pronoun, key: pronounKey, keyID: intern(pronounKey),
                                    paragraph: paragraph)
            w.isInverted = true
            out.append(w)
        case .elision:
            var w = AttributionWord(kind: .word, start: start, end: end, text: text, key: key.string, keyID: key, paragraph: paragraph)
            w.isElided = true
            out.append(w)
        case .abbreviation where text.hasSuffix("."):
            let bare = String(text.dropLast())
            let bareKey = QuoteLexicon.key(bare), bareID = intern(bareKey)
            var w = AttributionWord(kind: .word, start: start, end: end, text: text, key: bareKey, keyID: bareID, paragraph: paragraph)
            if isTitle(bare, bareID) {
                w.isTitle = true
            } else if bare.contains(".") {
                w.key = QuoteLexicon.key(text)  // J.-P.
                w.keyID = intern(w.key)
            } else if !(bare.unicodeScalars.count == 1 && w.isCapitalized) {
                // etc., p.: the word, then a full stop.
                w = AttributionWord(kind: .word, start: start, end: end - 1, text: bare, key: bareKey, keyID: bareID, paragraph: paragraph)
                out.append(w)
                out.append(AttributionWord(kind: .punctuation, start: end - 1, end: end, text: ".", key: ".", paragraph: paragraph))
                return
            }
            out.append(w)
        default:
            var w = AttributionWord(kind: .word, start: start, end: end, text: text, key: key.string, keyID: key, paragraph: paragraph)
            // `M` alone is a title only with its period.
            if isTitle(text, key), w.key != "m" { w.isTitle = true }
            out.append(w)
        }
    }

    /// A title before a name (`M`, `Mme`, `Dr`), written with a capital; `key` is the word's lookup key interned.
    private func isTitle(_ word: String, _ key: FormID) -> Bool {
        guard titleKeys.contains(key), let first = word.unicodeScalars.first else { return false }
        return first.properties.isUppercase
    }

    /// Numbers sentences in place: a sentence ends at `.`, `!`, `?`, `…` followed by a capital,
    /// a quote or the end of the paragraph; a new paragraph starts a new sentence.
    static func numberSentences(_ words: inout [AttributionWord], endsWithStop: (Int) -> Bool) {
        var sentence = 0
        for i in words.indices {
            if i > 0 {
                let prev = words[i - 1]
                if prev.paragraph != words[i].paragraph {
                    sentence += 1
                } else if prev.endsSentence || (prev.isQuote && endsWithStop(i - 1)) {
                    let cur = words[i]
                    if cur.isCapitalized || cur.isQuote || cur.kind != .word && cur.kind != .punctuation || cur.key == "«" {
                        sentence += 1
                    }
                }
            }
            words[i].sentence = sentence
        }
    }

    static func isLetter(_ u: Unicode.Scalar) -> Bool {
        let v = u.value
        if v < 0x80 { return (v >= 0x61 && v <= 0x7A) || (v >= 0x41 && v <= 0x5A) || (v >= 0x30 && v <= 0x39) }
        let p = u.properties
        return p.isAlphabetic || p.numericType != nil || p.generalCategory == .nonspacingMark || p.generalCategory == .spacingMark
    }
}
