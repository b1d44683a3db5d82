/// The words the entity rules read: the document's ``WordView`` (the shared ``Word``, with its form ids
/// and flags), with number runs the tokenizer keeps apart joined into one number (`10-12`, `12/2024`; the
/// tokenizer itself keeps `18/10/2022`, `30/06`, `2023-2024` and `N’Diaye` whole), initials and titles joined
/// to their period, and each word's ``WordFlags/nameClauseStart`` set.
///
/// ```swift
/// let doc = Tokenizer().document(from: "En 12/2024, Aminata N’Diaye est venue.")
/// EntityWords.view(of: doc).map(\.text)   // ["En", "12/2024", ",", "Aminata", "N’Diaye", "est", "venue", "."]
/// ```
enum EntityWords {
    static func view(of document: Document) -> [Word] {
        let source = document.words.words
        var words = [Word]()
        words.reserveCapacity(source.count)
        var i = 0
        while i < source.count {
            var end = i + 1
            var joinedClass = source[i].wordClass
            while let (next, c) = joinedEnd(source, i, end, joinedClass) { end = next; joinedClass = c }
            words.append(end == i + 1 ? source[i] : joined(source[i..<end], as: joinedClass, in: document))
            i = end
        }
        markClauseStarts(&words)
        return words
    }

    /// The end of the run and its class when the words `start..<end` (of class `c`) join what follows: two
    /// parts joined by a glued hyphen (`10-12`), a letter or title and its period, digits joined by a glued `/`
    /// or `.` (`12/2024`).
    private static func joinedEnd(_ w: [Word], _ start: Int, _ end: Int, _ c: EntityWordClass) -> (Int, EntityWordClass)? {
        guard end < w.count else { return nil }
        let first = w[start], last = w[end - 1], next = w[end]
        guard !last.spaceAfter else { return nil }
        if hyphens.contains(next.form), !next.spaceAfter, end + 1 < w.count, c == .word || c == .number {
            let after = w[end + 1].wordClass
            if after == .word || after == .number { return (end + 2, c == .number && after == .number ? .number : .word) }
        }
        if c == .word, next.wordClass == .word {
            let text = next.text
            if text.hasPrefix("-"), text.count > 1 { return (end + 1, .word) }
        }
        if c == .word, next.form == period, isInitialOrTitle(w, start, end) { return (end + 1, .word) }
        if c == .number, slashOrPeriod.contains(next.form), !next.spaceAfter, end + 1 < w.count, w[end + 1].isDigits,
           last.utf8End - first.utf8Start <= 5 {
            return (end + 2, .number)
        }
        return nil
    }

    /// `J`, `M` or `Mme`, `av`, `A.-M`: a capital letter, a title, a short abbreviation or initials before their period.
    private static func isInitialOrTitle(_ w: [Word], _ start: Int, _ end: Int) -> Bool {
        let text = end == start + 1 ? w[start].text : w[start..<end].map(\.text).joined()
        if text.count == 1 && w[start].isCapitalized { return true }
        if EntityTables.shared.titles.contains(string: text + ".") { return true }
        if text.hasSuffix("."), text.count <= 4, text.last(where: { $0 != "." }).map(\.isUppercase) == true { return true }
        return text.count >= 4 && text.count <= 6 && text.last!.isUppercase && text.dropLast().last == "-" && text.first!.isUppercase
    }

    /// Words `run` as one word: the form interned, number or word, the first word's place.
    private static func joined(_ run: ArraySlice<Word>, as c: EntityWordClass, in document: Document) -> Word {
        let first = run.first!, last = run.last!
        let span = document.span(utf8: first.utf8Start, last.utf8End)
        let store = FormStore.shared
        let form = store.intern(String(document.text(of: span)))
        let lexeme = store.lexeme(form)
        let isNumber = c == .number
        var flags: WordFlags = isNumber ? [.number] : WordView.shape(Token(text: lexeme.string, span: span, kind: .word, whitespaceAfter: "", rule: .compound))
        flags.formUnion(first.flags.intersection([.sentenceStart, .paragraphStart, .clauseStart]))
        if last.spaceAfter { flags.insert(.spaceAfter) }
        return Word(tokenIndex: first.tokenIndex, span: span, form: form, key: lexeme.key,
                    lemma: document.morphology ? lexeme.lemma : lexeme.key, sentence: first.sentence, paragraph: first.paragraph,
                    flags: flags, lexical: document.morphology ? lexeme.flags : lexeme.tableFlags, kind: isNumber ? .number : .word)
    }

    /// A word after an opening mark, a colon or a dash starts a clause like a sentence; so does the first word
    /// after a sentence or paragraph start that fell on punctuation.
    private static func markClauseStarts(_ words: inout [Word]) {
        var pending = true
        for k in words.indices {
            if !words[k].flags.isDisjoint(with: [.sentenceStart, .paragraphStart]) {
                words[k] = words[k].with(.nameClauseStart)
                pending = true
            }
            let c = words[k].wordClass
            if c == .word || c == .elision || c == .number || c == .ordinal {
                if pending { words[k] = words[k].with(.nameClauseStart); pending = false }
            } else if startsAfter.contains(words[k].form) {
                pending = true
            }
        }
    }

    private static let startsAfter = Set(LexicalTables.lines(.entityClauseStartMarks).map { FormStore.shared.intern($0) })
    /// The hyphens that join two parts of a number (`10-12`): hyphen-minus, hyphen, non-breaking hyphen.
    private static let hyphens = Set("-\u{2010}\u{2011}".map { FormStore.shared.intern(String($0)) })
    private static let period = FormStore.shared.intern(".")
    private static let slashOrPeriod = Set(["/", "."].map { FormStore.shared.intern($0) })
}

extension Word {
    /// The same word with `extra` flags.
    func with(_ extra: WordFlags) -> Word {
        Word(tokenIndex: tokenIndex, span: span, form: form, key: key, lemma: lemma, sentence: sentence, paragraph: paragraph,
             flags: flags.union(extra), lexical: lexical, kind: kind)
    }
}
