/// Quoted words that are not quotes: scare quotes, titles of works, names of groups and campaigns.
///
/// ```swift
/// // l’initiative populaire «Pour des loyers abordables» → fragment, rule `fragment:title`
/// // les « fausses informations »                        → fragment, rule `fragment:short`
/// ```
extension QuoteExtractor {
    static let titleDeterminers: Set<String> = Set(LexicalTables.lines(.quoteTitleDeterminers))

    static let namingNouns: Set<String> = Set(LexicalTables.lines(.quoteNamingNouns))
    /// Nouns of a project or programme named right after them (`le projet « une ferme, un forage »`).
    static let programmeNouns: Set<String> = Set(LexicalTables.lines(.quoteProgrammeNouns))

    /// A name or title rather than speech: most words capitalised, no sentence punctuation
    /// (`Le Chœur de l'Art Mais Rouge`).
    static func isTitleCase(_ s: [Unicode.Scalar], _ r: Range<Int>) -> Bool {
        var words = 0, capitals = 0
        var atStart = true
        for i in r {
            let u = s[i]
            if ".!?;…,:".unicodeScalars.contains(u) { return false }
            if QuoteMarkScanner.isSpace(u) { atStart = true; continue }
            if atStart {
                words += 1
                atStart = false
                var c = u
                // l'Art, d'Abraham: look past the elision.
                if i + 2 < r.upperBound, (s[i + 1] == "'" || s[i + 1] == "’"), u.isLowercaseProperty { c = s[i + 2] }
                if c.isUppercaseProperty { capitals += 1 }
            }
        }
        return words >= 3 && words <= 12 && capitals >= 3 && capitals * 3 >= words * 2
    }

    /// True when one of the three words before the mark names a work, a campaign or a group
    /// (`l’initiative populaire «…»`, `Le texte, intitulé «…»`, `Le collectif de riverain·e·s «…»`), with no verb between.
    func namesAWork(_ s: [Unicode.Scalar], before index: Int, paragraphStart: Int, morphology: MorphologyMemo) -> Bool {
        var e = index
        var crossedComma = false
        for n in 0..<3 {
            while e > paragraphStart, QuoteMarkScanner.isSpace(s[e - 1]) { e -= 1 }
            if e > paragraphStart, s[e - 1] == ",", !crossedComma { crossedComma = true; e -= 1; continue }
            var b = e
            while b > paragraphStart, QuoteItem.isLetter(s[b - 1]) || "-·'’".unicodeScalars.contains(s[b - 1]) { b -= 1 }
            guard b < e else { return false }
            var word = QuoteLexicon.key(String(String.UnicodeScalarView(s[b..<e])))
            // s’intitule « … », s’appelle « … »: a name follows.
            if n == 0 || n == 1 && crossedComma, word.hasPrefix(QuoteFunctionWords.reflexiveApostropheWord),
               Self.namingVerbs.contains(String(word.dropFirst(QuoteFunctionWords.reflexiveApostropheWord.count))) { return true }
            if let apostrophe = word.lastIndex(of: "'") { word = String(word[word.index(after: apostrophe)...]) }  // l’initiative
            // Across a comma, a group noun is the end of an intro (Selon la présidente de l’association, « … »).
            if crossedComma, Self.groupNouns.contains(word) { return false }
            if n == 0, Self.namingNouns.contains(word) { return true }
            if n > 0, !Self.workNouns.contains(word) && morphology.analyses(word).contains(where: { $0.isVerb && $0.tags.contains(where: CueVerbMatcher.finiteTags.contains) }) {
                return false
            }
            if Self.workNouns.contains(word) { return true }
            if morphology.analyses(word).contains(where: { $0.isVerb && $0.tags.contains(where: CueVerbMatcher.finiteTags.contains) }) { return false }
            e = b
        }
        return false
    }

    /// A quoted title that is the subject of its sentence: `« Les Heures pâles » a reçu le prix.`
    /// The content has a title's shape and no finite verb; the mark opens the sentence and a
    /// verb that is not a cue follows it (`« Bravo à tous » a lancé X` stays a quote).
    func titleAsSubject(_ r: QuoteRegion, scalars: [Unicode.Scalar], paragraph: Range<Int>, document: Document,
                        parser: SpeakerPhraseParser, cues: CueVerbMatcher) -> Bool {
        guard Self.looksLikeATitle(scalars, r.contentStart..<r.contentEnd) else { return false }
        // The mark opens its sentence.
        var b = r.markStart
        while b > paragraph.lowerBound, QuoteMarkScanner.isSpace(scalars[b - 1]) { b -= 1 }
        guard b == paragraph.lowerBound || ".!?…".unicodeScalars.contains(scalars[b - 1]) else { return false }
        var inside = [QuoteItem]()
        document.quoteItems(r.contentStart..<r.contentEnd, paragraph: r.paragraph, into: &inside)
        guard !inside.contains(where: { $0.isWord && (parser.isFiniteVerbWord($0.key) || parser.table.pronouns[$0.key] != nil
                                                      || QuoteExtractor.quoteSpeakingPronouns.contains($0.key)) }) else { return false }
        var after = [QuoteItem]()
        let end = min(paragraph.upperBound, r.markEnd + 60)
        guard r.markEnd < end else { return false }
        document.quoteItems(r.markEnd..<end, paragraph: r.paragraph, into: &after)
        guard let first = after.first, first.isWord, !first.isCapitalized, cues.match(after, at: 0) == nil else { return false }
        return CueVerbMatcher.auxiliaries.contains(first.key) || QuoteFunctionWords.copulaForm.contains(first.key)
            || parser.isFiniteVerbWord(first.key)
    }

    /// A short capitalised phrase with no verb, no pronoun and no punctuation, not introduced as speech
    /// (no colon, no cue verb just before): the name of a work or a show (`le succès de « La Nuit du 12 »`,
    /// `sur le plateau de « C à vous »`). The caller still makes it a quote when a cue follows it.
    func namedThing(_ r: QuoteRegion, scalars: [Unicode.Scalar], paragraph: Range<Int>, document: Document,
                    parser: SpeakerPhraseParser, morphology: MorphologyMemo) -> Bool {
        guard Self.looksLikeATitle(scalars, r.contentStart..<r.contentEnd) else { return false }
        var inside = [QuoteItem]()
        document.quoteItems(r.contentStart..<r.contentEnd, paragraph: r.paragraph, into: &inside)
        guard !inside.contains(where: { $0.isWord && (parser.isFiniteVerbWord($0.key) || Self.speechWords.contains($0.key)
                                                      || parser.table.pronouns[$0.key] != nil) }) else { return false }
        // Not introduced as speech: no colon, no cue verb (a dénoncé « … », qualifié de « … »).
        var b = r.markStart
        while b > paragraph.lowerBound, QuoteMarkScanner.isSpace(scalars[b - 1]) { b -= 1 }
        if b > paragraph.lowerBound, [":", "—", "–", "-", ","].contains(scalars[b - 1]) { return false }
        // Standing alone (« Un vrai soulagement. » / « Une honte » : c’est…): speech, not a name.
        let after = QuoteMarkScanner.skipSpace(scalars, from: r.markEnd, to: paragraph.upperBound)
        if after >= paragraph.upperBound || ".!?…:;".unicodeScalars.contains(scalars[after]) { return false }
        var before = [QuoteItem]()
        document.quoteItems(max(paragraph.lowerBound, r.markStart - 40)..<r.markStart, paragraph: r.paragraph, into: &before)
        if let last = before.last, QuoteExtractor.quotePresentatives.contains(last.key) { return false }
        for w in before.suffix(2) where w.isWord {
            if morphology.analyses(keyOf: w).contains(where: { $0.isVerb && parser.table.cueLemmas.contains($0.lemma) }) { return false }
            if QuoteFunctionWords.comparisonDe.contains(w.key), before.count >= 2,
               morphology.analyses(keyOf: before[before.count - 2]).contains(where: { $0.isVerb }) { return false }
        }
        return true
    }

    /// Reflexive verbs that give a name (`s’intitule`, `s’appelle`, `se nomme` is caught by `nommé` forms).
    static let namingVerbs: Set<String> = Set(LexicalTables.lines(.quoteNamingVerbs))

    /// Groups that speak: a quote after `…de l’association, « … »` is theirs, not their name.
    static let groupNouns: Set<String> = Set(LexicalTables.lines(.quoteGroupNouns))

    /// Words of speech rather than of a title (`je`, `nous`, `ne`, `pas`).
    static let speechWords: Set<String> = Set(LexicalTables.lines(.quoteSpeechWords))

    /// A title's shape: a capital first, no sentence punctuation inside (`Écrire sous surveillance`).
    static func looksLikeATitle(_ s: [Unicode.Scalar], _ r: Range<Int>) -> Bool {
        guard let first = r.first, s[first].isUppercaseProperty else { return false }
        return !s[r].contains { ",;:.!?…".unicodeScalars.contains($0) }
    }

    /// Nouns for works, campaigns and groups that a title may follow a few words later.
    static let workNouns: Set<String> = Set(LexicalTables.lines(.quoteWorkNouns))

    /// The lower-cased word just before `index` in the paragraph (`des` in `des "Macron…"`), elisions included (`l'`).
    static func wordBefore(_ s: [Unicode.Scalar], _ index: Int, paragraphStart: Int) -> String? {
        var e = index
        while e > paragraphStart, QuoteMarkScanner.isSpace(s[e - 1]) { e -= 1 }
        var b = e
        while b > paragraphStart, QuoteItem.isLetter(s[b - 1]) || ((s[b - 1] == "'" || s[b - 1] == "’") && b == e) { b -= 1 }
        guard b < e else { return nil }
        return QuoteLexicon.key(String(String.UnicodeScalarView(s[b..<e])))
    }
}

extension QuoteExtractor {
    /// First- and second-person subject pronouns of spoken words (`quote_speaking_pronouns.txt`).
    static let quoteSpeakingPronouns: Set<String> = Set(LexicalTables.lines(.quoteSpeakingPronouns))
}

extension QuoteExtractor {
    /// Copulas and presentatives before a quoted label (`c’est « … »`, `voici « … »`) (`quote_presentatives.txt`).
    static let quotePresentatives: Set<String> = Set(LexicalTables.lines(.quotePresentatives))
}
