/// Reads the quote extractor's items (``QuoteItem``) off the document's one word view: each word of a stretch of text
/// is one item, as the tokenizer segmented it (`l’` + `Intérieur`, `a` + `-t-il`, `1 000`, `presqu’île`, `détenu·e·s`),
/// with the word's own interned form and key.
///
/// Two readings are the extractor's own: an inverted pronoun is the pronoun alone (`-t-il` → `il`, flagged
/// inverted, its span after the hyphens; also `t-il` and `t’il` written without the first hyphen), and an abbreviation
/// keeps its period only as a title (`M.`, `Mme.`) or an initial (`J.`, `J.-P.`), its key without the period; any other
/// (`etc.`, `p.`) is the word and a full stop. A punctuation token of several marks is one item a mark (`?!`), a run of
/// periods one `…`.
///
/// ```swift
/// // "a-t-il déclaré"  → a · il (inverted) · déclaré
/// // "s’indignait"     → ["s’" (elided), "indignait"]
/// ```
extension Document {
    /// Appends the items of the words inside code points `range` to `out`.
    func quoteItems(_ range: Range<Int>, paragraph: Int, into out: inout [QuoteItem], table: QuoteLexicon = .shared) {
        let words = self.words
        var t = tokenIndex(atOrAfter: range.lowerBound)
        while t < words.count, words[t].span.start < range.upperBound {
            if words[t].span.end <= range.upperBound { appendQuoteItems(words[t], table: table, paragraph: paragraph, into: &out) }
            t += 1
        }
    }

    /// The key of `M` without its period (not a title alone).
    private static let bareTitleKey = FormStore.shared.intern("m")

    /// A key made here (not the word's own) interned.
    private func intern(_ key: String) -> FormID { FormStore.shared.intern(key) }

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

    /// The items of word `word` (one, none, or a part and a mark).
    private func appendQuoteItems(_ word: Word, table: QuoteLexicon, paragraph: Int, into out: inout [QuoteItem]) {
        let w = word.tokenIndex, start = word.span.start, end = word.span.end
        switch word.kind {
        case .punctuation, .symbol, .quote:
            let text = word.text
            let scalars = text.unicodeScalars
            if scalars.count == 1 {
                out.append(QuoteItem(kind: .punctuation, word: w, start: start, end: end, form: word.form, paragraph: paragraph))
                return
            }
            if scalars.count > 1, scalars.allSatisfy({ $0 == "." }) {
                out.append(QuoteItem(kind: .punctuation, word: w, start: start, end: end, form: QuoteItem.ellipsisForm, paragraph: paragraph))
                return
            }
            for (i, u) in scalars.enumerated() {
                out.append(QuoteItem(kind: .punctuation, word: w, start: start + i, end: start + i + 1, form: intern(String(Character(u))),
                                     paragraph: paragraph))
            }
        case .pronoun:
            let text = word.text
            let hyphens = text.hasPrefix("-t-") ? 3 : text.hasPrefix("-") ? 1 : 0
            let pronoun = String(String.UnicodeScalarView(text.unicodeScalars.dropFirst(hyphens)))
            var item = QuoteItem(kind: .word, word: w, start: start + hyphens, end: end, form: intern(pronoun),
                                 keyID: intern(QuoteLexicon.key(pronoun)), paragraph: paragraph)
            item.isInverted = true
            out.append(item)
        case .elision where isEuphonicT(word.text):
            return  // concède t’il: the euphonic t written with an apostrophe; the pronoun follows
        case .word where startsWithEuphonicT(word.text) && table.pronouns[QuoteLexicon.key(String(word.text.unicodeScalars.dropFirst(2)))] != nil:
            // explique t-il, a t-elle dit: the inversion written without its first hyphen.
            let pronoun = String(String.UnicodeScalarView(word.text.unicodeScalars.dropFirst(2)))
            var item = QuoteItem(kind: .word, word: w, start: start + 2, end: end, form: intern(pronoun),
                                 keyID: intern(QuoteLexicon.key(pronoun)), paragraph: paragraph)
            item.isInverted = true
            out.append(item)
        case .elision:
            var item = QuoteItem(kind: .word, word: w, start: start, end: end, form: word.form, keyID: word.key, paragraph: paragraph)
            item.isElided = true
            out.append(item)
        case .abbreviation where word.text.hasSuffix("."):
            let text = word.text
            let bare = String(text.dropLast())
            let bareID = intern(QuoteLexicon.key(bare))
            var item = QuoteItem(kind: .word, word: w, start: start, end: end, form: word.form, keyID: bareID, paragraph: paragraph)
            if isTitle(bare, bareID, table: table) {
                item.isTitle = true
            } else if bare.contains(".") {
                item.keyID = intern(QuoteLexicon.key(text))  // J.-P.
            } else if !(bare.unicodeScalars.count == 1 && item.isCapitalized) {
                // etc., p.: the word, then a full stop.
                out.append(QuoteItem(kind: .word, word: w, start: start, end: end - 1, form: intern(bare), keyID: bareID, paragraph: paragraph))
                out.append(QuoteItem(kind: .punctuation, word: w, start: end - 1, end: end, form: QuoteItem.periodForm, paragraph: paragraph))
                return
            }
            out.append(item)
        default:
            var item = QuoteItem(kind: .word, word: w, start: start, end: end, form: word.form, keyID: word.key, paragraph: paragraph)
            // `M` alone is a title only with its period.
            if table.titleKeys.contains(word.key), item.isCapitalized, word.key != Self.bareTitleKey { item.isTitle = true }
            out.append(item)
        }
    }

    /// A title before a name (`M`, `Mme`, `Dr`), written with a capital; `key` is the word's lookup key interned.
    private func isTitle(_ word: String, _ key: FormID, table: QuoteLexicon) -> Bool {
        guard table.titleKeys.contains(key), let first = word.unicodeScalars.first else { return false }
        return first.isUppercaseProperty
    }
}
