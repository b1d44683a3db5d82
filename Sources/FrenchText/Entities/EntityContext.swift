/// What the recognizers share while tagging one document: its words, the tables, the
/// gazetteer and the lexicon, with the lexicon questions they ask.
final class EntityContext {
    let words: [Word]
    let tables: EntityTables
    /// The gazetteer with this document's look-ups made once per word.
    let gazetteer: DocumentGazetteer
    let lexicon: Lexicon?
    /// Lexicon answers per distinct word, asked once per document.
    private var memo: [FormID: UInt8] = [:]
    /// True when `lexicon` is ``Lexicon/shared``, whose answers ``sharedFlags`` keeps for the whole process.
    private let usesSharedLexicon: Bool
    /// True when the lexicon is ``Lexicon/shared`` and the gazetteer ``EntityGazetteer/shared``: answers that depend
    /// on a word's form alone may then be kept once per process.
    let usesSharedData: Bool

    init(words: [Word], tables: EntityTables, gazetteer: EntityGazetteer, lexicon: Lexicon?) {
        self.words = words
        self.tables = tables
        self.gazetteer = DocumentGazetteer(gazetteer, words: words)
        self.lexicon = lexicon
        usesSharedLexicon = lexicon != nil && lexicon === Lexicon.shared
        usesSharedData = usesSharedLexicon && gazetteer === EntityGazetteer.shared
    }

    private static let commonBit: UInt8 = 1, knownBit: UInt8 = 2, firstNameBit: UInt8 = 4, surnameBit: UInt8 = 8, properNounBit: UInt8 = 16, doneBit: UInt8 = 128

    /// The shared lexicon's flags of each form, for every document of the process.
    private static let sharedFlags = FormMemo<UInt8>(filler: 0)

    /// The lexicon flags of a word's text, computed once (once per process with the shared lexicon).
    private func flags(_ w: Word) -> UInt8 {
        if usesSharedLexicon, let lexicon { return Self.sharedFlags.value(w.form) { Self.flags(w, lexicon: lexicon) } }
        if let f = memo[w.form] { return f }
        let f = Self.flags(w, lexicon: lexicon)
        memo[w.form] = f
        return f
    }

    private static func flags(_ w: Word, lexicon: Lexicon?) -> UInt8 {
        var f = Self.doneBit
        if let lexicon {
            let text = w.text
            let asWritten = lexicon.analyses(of: text)
            let lower = text.lowercased()
            let lowered = lower == text ? asWritten : lexicon.analyses(of: lower)
            var common = lowered.contains { !$0.isProperName }
            if !common && lower.contains("’") {
                common = lexicon.analyses(of: lower.replacingOccurrences(of: "’", with: "'")).contains { !$0.isProperName }
            }
            if common { f |= Self.commonBit }
            if !asWritten.isEmpty || !lowered.isEmpty { f |= Self.knownBit }
            if asWritten.contains(where: \.isFirstName) { f |= Self.firstNameBit }
            if asWritten.contains(where: \.isSurname) { f |= Self.surnameBit }
            if asWritten.contains(where: \.isProperNoun) { f |= Self.properNounBit }
        }
        return f
    }

    /// Function words after which a capitalised word is not a sentence start (`à Caen`, `la Chine`).
    static let functionWords: FormSet = FormSet(forms: LexicalTables.lines(.entityFunctionWords))

    func word(_ i: Int) -> Word? { i >= 0 && i < words.count ? words[i] : nil }

    /// The word after `i` when it belongs to the same sentence.
    func nextInSentence(_ i: Int) -> Word? {
        guard let w = word(i + 1), !w.sentenceStart else { return nil }
        return w
    }

    /// True when the word, in lower case, is a common word of the dictionary (`Complément`, `Espace`).
    func isCommonLower(_ w: Word) -> Bool { flags(w) & Self.commonBit != 0 }

    /// True when the lexicon knows the word at all, as written or in lower case.
    func isKnown(_ w: Word) -> Bool { flags(w) & Self.knownBit != 0 }

    func isFirstName(_ w: Word) -> Bool {
        guard let lexicon, w.isCapitalized else { return false }
        if flags(w) & Self.firstNameBit != 0 { return true }
        // Hyphenated first names: Jean-Luc, Marie-Hélène, Jean–Louis with an en dash (an answer of the form alone:
        // kept once per process).
        guard w.text.containsByte(0x2D) || w.text.containsByte(0x93) else { return false }
        if usesSharedLexicon { return Self.sharedHyphenatedFirstNames.value(w.form) { Self.isHyphenatedFirstName(w, lexicon: lexicon) } }
        return Self.isHyphenatedFirstName(w, lexicon: lexicon)
    }

    private static let sharedHyphenatedFirstNames = FormMemo<Bool>(filler: false)

    private static func isHyphenatedFirstName(_ w: Word, lexicon: Lexicon) -> Bool {
        let dash: Unicode.Scalar = w.text.containsByte(0x2D) ? "-" : "\u{2013}"
        guard w.text.unicodeScalars.contains(dash) else { return false }
        let parts = w.text.splitScalars(separator: dash)
        return parts.count == 2 && parts.allSatisfy { p in lexicon.analyses(of: String(p)).contains(where: \.isFirstName) }
    }

    /// True when the dictionary has the word as written as a proper noun (`po:npr`: Roubaix, Seraing, Douarnenez).
    func isProperNoun(_ w: Word) -> Bool {
        w.isCapitalized && flags(w) & Self.properNounBit != 0
    }

    func isSurname(_ w: Word) -> Bool {
        w.isCapitalized && flags(w) & Self.surnameBit != 0
    }

    /// True when the word is a lower-case verb form and not also a noun or adjective (`a`, `est`, `déclaré`).
    func isVerbOnly(_ w: Word) -> Bool {
        guard let lexicon else { return false }
        let a = lexicon.analyses(of: w.text)
        return !a.isEmpty && a.contains(where: \.isVerb) && !a.contains(where: { $0.isNoun || $0.isAdjective })
    }

    /// True when the lexicon has a verb reading of the word besides any other (`estime`, `annonce`).
    func isVerbForm(_ w: Word) -> Bool {
        guard let lexicon else { return false }
        return lexicon.analyses(of: w.text).contains { $0.isVerb && !$0.isPastParticiple }
    }

    func isNounOrAdjective(_ w: Word) -> Bool {
        guard let lexicon else { return true }
        return lexicon.analyses(of: w.text).contains { $0.isNoun || $0.isAdjective }
    }

    func isAdjective(_ w: Word) -> Bool {
        guard let lexicon else { return false }
        if lexicon.analyses(of: w.text).contains(where: { $0.isAdjective || $0.isPastParticiple }) { return true }
        // ouest-africaine, franco-allemand: a lower-case compound whose last part is an adjective.
        guard !w.isCapitalized, let dash = w.text.lastIndex(of: "-"), w.text.index(after: dash) < w.text.endIndex else { return false }
        return lexicon.analyses(of: String(w.text[w.text.index(after: dash)...])).contains { $0.isAdjective }
    }

    /// A capitalised word that can be part of a name: not a sentence-initial common word, not a month or weekday.
    func isNameWord(_ i: Int) -> Bool {
        guard let w = word(i), w.wordClass == .word, w.isCapitalized else { return false }
        if tables.months[w.key] != nil || tables.weekdays.contains(w.key) { return false }
        if tables.titles.contains(w.form) { return false }
        return true
    }

    /// True when a gazetteer place or organisation starts at `i`.
    func knownName(at i: Int) -> (entry: GazetteerEntry, length: Int)? {
        gazetteer.longestMatch(at: i, in: words)
    }
}
