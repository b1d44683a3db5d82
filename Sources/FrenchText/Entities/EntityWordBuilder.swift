/// Builds the tagger's ``EntityWord`` view of a document in one forward pass.
enum EntityWordBuilder {
    static func words(of document: Document) -> [EntityWord] {
        let (raw, startsSentence, startsParagraph) = rawWords(of: document)
        var words = glued(raw, startsSentence: startsSentence, startsParagraph: startsParagraph, text: document.text)
        markClauseStarts(&words)
        return words
    }

    /// 1. Tokens to raw words, with elided articles split off, and which of them start a sentence or a paragraph.
    private static func rawWords(of document: Document) -> (words: [EntityWord], startsSentence: [Bool], startsParagraph: [Bool]) {
        let text = document.text
        let utf8 = text.utf8
        var sentenceFirstToken = Set<Int>()
        for s in document.sentences { sentenceFirstToken.insert(s.tokenRange.lowerBound) }
        var paragraphFirstToken = Set<Int>()
        for p in document.paragraphs { sentenceFirstToken.insert(p.tokenRange.lowerBound); paragraphFirstToken.insert(p.tokenRange.lowerBound) }

        var raw = [EntityWord]()
        raw.reserveCapacity(document.tokens.count + 16)
        var startsSentence = [Bool]()
        var startsParagraph = [Bool]()
        for (i, token) in document.tokens.enumerated() {
            let kind = wordKind(token)
            let space = !token.whitespaceAfter.isEmpty
            let first = sentenceFirstToken.contains(i)
            let count = raw.count
            defer {
                // The first word of a paragraph's first token.
                for k in count..<raw.count { startsParagraph.append(k == count && paragraphFirstToken.contains(i)) }
            }
            if kind == .word, let n = gluedSentenceBreak(token.text) {
                // `musique.Emmanuel`: a missing space after a period.
                let s = token.span.utf8Start
                let a = String(decoding: Array(token.text.utf8.prefix(n)), as: UTF8.self)
                let b = String(decoding: Array(token.text.utf8.dropFirst(n + 1)), as: UTF8.self)
                raw.append(EntityWord(text: a, key: EntityKey.make(a), utf8Start: s, utf8End: s + n, kind: .word, spaceAfter: false))
                startsSentence.append(first)
                raw.append(EntityWord(text: ".", key: ".", utf8Start: s + n, utf8End: s + n + 1, kind: .punctuation, spaceAfter: false))
                startsSentence.append(false)
                raw.append(EntityWord(text: b, key: EntityKey.make(b), utf8Start: s + n + 1, utf8End: token.span.utf8End, kind: .word, spaceAfter: space))
                startsSentence.append(true)
            } else if kind == .word, let n = EntityKey.elisionPrefixLength(token.text) {
                let s = token.span.utf8Start
                let e1 = String(decoding: Array(utf8[utf8.index(utf8.startIndex, offsetBy: s)..<utf8.index(utf8.startIndex, offsetBy: s + n)]), as: UTF8.self)
                let rest = String(decoding: Array(utf8[utf8.index(utf8.startIndex, offsetBy: s + n)..<utf8.index(utf8.startIndex, offsetBy: token.span.utf8End)]), as: UTF8.self)
                raw.append(EntityWord(text: e1, key: EntityKey.make(e1), utf8Start: s, utf8End: s + n, kind: .elision, spaceAfter: false))
                startsSentence.append(first)
                raw.append(EntityWord(text: rest, key: EntityKey.make(rest), utf8Start: s + n, utf8End: token.span.utf8End, kind: .word, spaceAfter: space))
                startsSentence.append(false)
            } else {
                raw.append(EntityWord(text: token.text, key: EntityKey.make(token.text), utf8Start: token.span.utf8Start,
                                      utf8End: token.span.utf8End, kind: kind, spaceAfter: space))
                startsSentence.append(first)
            }
        }

        return (raw, startsSentence, startsParagraph)
    }

    /// 2. Hyphenated names, initials, titles, numeric dates and grouped thousands glued.
    private static func glued(_ raw: [EntityWord], startsSentence: [Bool], startsParagraph: [Bool], text: String) -> [EntityWord] {
        var words = [EntityWord]()
        words.reserveCapacity(raw.count)
        var i = 0
        while i < raw.count {
            var w = raw[i]
            var j = i + 1
            var glued = true
            while glued && j < raw.count {
                glued = false
                let last = j - 1
                // N’Diaye, M’Bala: a capital elided letter before a capital is part of the name.
                if w.kind == .elision, j == i + 1, w.isCapitalized, w.key == "n'" || w.key == "m'", !raw[last].spaceAfter,
                   raw[j].kind == .word, raw[j].isCapitalized {
                    w = join(w, raw[j], text: text, kind: .word); j += 1; glued = true; continue
                }
                // Word-word: `Nord-Kivu`, `J.-L.`
                if !raw[last].spaceAfter, raw[j].text == "-" || raw[j].text == "\u{2010}" || raw[j].text == "\u{2011}",
                   !raw[j].spaceAfter, j + 1 < raw.count, raw[j + 1].kind == .word || raw[j + 1].kind == .number,
                   w.kind == .word || w.kind == .number {
                    w = join(w, raw[j + 1], text: text, kind: w.kind == .number && raw[j + 1].kind == .number ? .number : .word)
                    j += 2; glued = true; continue
                }
                // `-Kivu` from a tokenizer that keeps the hyphen on the second part.
                if !raw[last].spaceAfter, w.kind == .word, raw[j].kind == .word, raw[j].text.hasPrefix("-"), raw[j].text.count > 1 {
                    w = join(w, raw[j], text: text, kind: .word); j += 1; glued = true; continue
                }
                // Initial or title with its period: `J.`, `M.`
                if !raw[last].spaceAfter, raw[j].text == ".", w.kind == .word,
                   (w.text.count == 1 && w.isCapitalized) || EntityTables.shared.titles.contains(w.text + ".")
                    || (w.text.hasSuffix(".") && w.text.count <= 4 && w.text.last(where: { $0 != "." }).map(\.isUppercase) == true)
                    || (w.text.count >= 4 && w.text.count <= 6 && w.text.last!.isUppercase && w.text.dropLast().last == "-" && w.text.first!.isUppercase) {
                    w = join(w, raw[j], text: text, kind: .word); j += 1; glued = true; continue
                }
                // Numeric dates: 18/10/2022, 18.10.2022
                if w.kind == .number, !raw[last].spaceAfter, raw[j].text == "/" || raw[j].text == ".",
                   !raw[j].spaceAfter, j + 1 < raw.count, raw[j + 1].isDigits, w.text.utf8.count <= 5 {
                    w = join(w, raw[j + 1], text: text, kind: .number); j += 2; glued = true; continue
                }
                // Grouped thousands: 1 000, 2 500 000
                if w.isDigits || (w.kind == .number && w.text.contains(" ")), raw[last].spaceAfter, raw[j].isDigits, raw[j].text.utf8.count == 3,
                   w.text.split(separator: " ").first.map({ $0.count <= 3 }) == true,
                   gapIsSingleSpace(text, raw[last].utf8End, raw[j].utf8Start) {
                    w = join(w, raw[j], text: text, kind: .number); j += 1; glued = true; continue
                }
            }
            w.spaceAfter = raw[j - 1].spaceAfter
            // Sentence starts.
            if startsSentence[i] { w.sentenceStart = true }
            if startsParagraph[i] { w.paragraphStart = true }
            words.append(w)
            i = j
        }
        return words
    }

    /// 3. A word after an opening mark, a colon or a dash also starts a sentence; so does the first word after a
    /// sentence start that fell on punctuation.
    private static func markClauseStarts(_ words: inout [EntityWord]) {
        var pending = true
        for k in words.indices {
            if words[k].sentenceStart { pending = true }
            if words[k].isWordLike || words[k].kind == .number || words[k].kind == .ordinal {
                if pending { words[k].sentenceStart = true; pending = false }
            } else if startsAfter.contains(words[k].text) {
                pending = true
            }
        }
    }

    /// The UTF-8 offset of the period in `word.Word` (a lower-case letter, a period, a capital), or nil.
    private static func gluedSentenceBreak(_ text: String) -> Int? {
        let scalars = Array(text.unicodeScalars)
        guard let dot = scalars.firstIndex(of: "."), dot >= 2, dot + 2 < scalars.count,
              scalars.lastIndex(of: ".") == dot,
              scalars[dot - 1].properties.isLowercase, scalars[dot + 1].properties.isUppercase,
              scalars[(dot + 1)...].allSatisfy({ $0.properties.isAlphabetic || $0 == "-" })
        else { return nil }
        return scalars[..<dot].reduce(0) { $0 + String($1).utf8.count }
    }

    private static let startsAfter: Set<String> = Set(LexicalTables.lines(.entityClauseStartMarks))

    private static func wordKind(_ token: Token) -> EntityWord.Kind {
        switch token.kind {
        case .word, .abbreviation, .hashtag, .mention: return .word
        case .elision: return .elision
        case .number: return .number
        case .ordinal: return .ordinal
        case .quote: return .quote
        case .punctuation:
            if ["«", "»", "“", "”", "\"", "„", "‹", "›"].contains(token.text) { return .quote }
            return .punctuation
        default: return .other
        }
    }

    private static func gapIsSingleSpace(_ text: String, _ a: Int, _ b: Int) -> Bool {
        guard b - a >= 1 && b - a <= 3 else { return false }
        let utf8 = text.utf8
        let gap = utf8[utf8.index(utf8.startIndex, offsetBy: a)..<utf8.index(utf8.startIndex, offsetBy: b)]
        let s = String(decoding: Array(gap), as: UTF8.self)
        return s == " " || s == "\u{00A0}" || s == "\u{202F}" || s == "\u{2009}"
    }

    private static func join(_ a: EntityWord, _ b: EntityWord, text: String, kind: EntityWord.Kind) -> EntityWord {
        let utf8 = text.utf8
        let slice = utf8[utf8.index(utf8.startIndex, offsetBy: a.utf8Start)..<utf8.index(utf8.startIndex, offsetBy: b.utf8End)]
        let s = String(decoding: Array(slice), as: UTF8.self)
        return EntityWord(text: s, key: EntityKey.make(s), utf8Start: a.utf8Start, utf8End: b.utf8End, kind: kind, spaceAfter: b.spaceAfter,
                          sentenceStart: a.sentenceStart)
    }
}
