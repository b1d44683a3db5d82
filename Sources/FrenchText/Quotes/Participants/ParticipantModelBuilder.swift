/// Builds the participants of a document from its entity mentions and its tokens (see ``ParticipantModel``).
struct ParticipantModelBuilder {
    /// A name as the entity tagger found it, cleaned: title and demonym stripped, a glued prefix cut off.
    struct NameMention {
        var tokens: Range<Int>
        var kind: Participant.Kind
        /// First token of the mention with its title, role or determiner (`le maire de Montréal, M.` → `le`).
        var extendedStart: Int
        var titleGender: SpeakerGender?
        var nationality: String?
        /// The entity's canonical name when fuller than the text (`Borne` → `Élisabeth Borne`).
        var canonical: String?
    }

    let document: Document
    let lexicon: Lexicon?
    let table = ParticipantLexicon.shared
    let words: WordView
    let keys: [String]
    let sentenceOf: [Int]
    let quoteSpans: [TextSpan]
    var participants: [Participant] = []
    /// Lookup key of each full name made so far → its participant.
    var byWhole: [String: Int] = [:]

    init(document: Document, lexicon: Lexicon?, quoteSpans: [TextSpan]) {
        self.document = document
        self.lexicon = lexicon
        self.quoteSpans = quoteSpans.sorted { $0.start < $1.start }
        // The document's word view (built once, shared with the entity tagger): keys, sentences, capitals, lexical flags.
        words = document.words
        let store = FormStore.shared
        keys = words.map { store.string($0.key) }
        sentenceOf = words.map(\.sentence)
    }

    mutating func build(entities: [EntityMention]) {
        let names = entities.compactMap(nameMention).filter { !isCredit($0.tokens) }.sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }
        // Fullest names first, so that `Durand` and `Pierre-André` join `Pierre-André Durand` wherever it comes.
        let order = names.indices.sorted { (names[$0].tokens.count, -$0) > (names[$1].tokens.count, -$1) }
        var owner = [Int](repeating: -1, count: names.count)
        for i in order { owner[i] = participant(for: names[i]) }
        var all = names.enumerated().filter { owner[$0.offset] >= 0 }.map { (mention: $0.element, owner: owner[$0.offset]) }
        all += firstNameMentions(besides: names)
        for entry in all.sorted(by: { $0.mention.tokens.lowerBound < $1.mention.tokens.lowerBound }) { record(entry.mention, of: entry.owner) }
        addUnnamedSubjects()
        addUnnamedIndefinites()
        addUnnamedCueDescriptions()
        addLatterAnaphors()
    }

    // MARK: Names

    /// A first name alone the entity tagger left out (`le préfet de la Seine-Maritime Pierre-André`), when exactly one
    /// person of the document has it: a mention of that person.
    func firstNameMentions(besides names: [NameMention]) -> [(mention: NameMention, owner: Int)] {
        var byFirst = [String: [Int]]()
        for p in participants where p.kind == .person {
            if let first = p.name.splitScalars(separator: " ").first, p.name.contains(" ") { byFirst[LookupKey.make(first), default: []].append(p.id) }
        }
        guard !byFirst.isEmpty else { return [] }
        let covered = Set(names.flatMap { Array($0.tokens) })
        var out = [(mention: NameMention, owner: Int)]()
        for t in document.tokens.indices where !covered.contains(t) && isCapitalized(t) {
            guard let ids = byFirst[keys[t]], ids.count == 1, t + 1 >= keys.count || !isCapitalized(t + 1) else { continue }
            // (sentence-initial capitals say nothing: the lexicon must know the first name there)
            let sentenceStart = document.sentences.isEmpty ? 0 : document.sentences[sentenceOf[t]].tokenRange.lowerBound
            guard t > sentenceStart || isFirstName(t) else { continue }
            out.append((NameMention(tokens: t..<(t + 1), kind: .person, extendedStart: t), ids[0]))
        }
        return out
    }

    func isCapitalized(_ t: Int) -> Bool { words[t].is(.capitalised) }

    /// The singular determiner token `t` is (`la`, `un`, `l'`), read by its interned key.
    func determiner(_ t: Int) -> ParticipantLexicon.Determiner? { table.determinerIDs[words[t].key] }

    /// True when token `t`'s key is `mark` (interned: ``Self/comma``, ``Self/dashes``).
    func isKey(_ t: Int, _ mark: FormID) -> Bool { words[t].key == mark }

    static let comma = FormStore.shared.intern(",")
    /// The en and em dashes of a dateline (`Lyon, le 7 juin 2024 – Le juge…`).
    static let dashes = FormSet(forms: ["\u{2013}", "\u{2014}"])

    /// A capitalised preposition or conjunction that is no name (`Comme`, `Pour`): a word glued to a name, not part of it.
    func isGlued(_ t: Int) -> Bool {
        let lexical = words[t].lexical
        return isCapitalized(t) && !lexical.isDisjoint(with: [.preposition, .conjunction])
            && lexical.isDisjoint(with: [.firstName, .surname, .properNoun])
    }

    func isFirstName(_ t: Int) -> Bool {
        isCapitalized(t) && words[t].lexical.contains(.firstName)
    }

    func isWord(_ t: Int) -> Bool {
        let k = document.tokens[t].kind
        return k == .word || k == .elision || k == .abbreviation || k == .pronoun
    }

    /// The entity as a name mention: title and demonym in front stripped (noted), and a person glued to the
    /// word before it split off (`Confédération Alain Berset` → `Alain Berset`).
    func nameMention(_ e: EntityMention) -> NameMention? {
        guard e.type == .person || e.type == .organisation, !e.text.contains(where: \.isNewline) else { return nil }
        var lo = document.tokenIndex(atOrAfter: e.span.start)
        var hi = document.tokenIndex(atOrAfter: e.span.end)
        guard lo < hi else { return nil }
        // (`M. Demotte Comme le président…`: a person's name glued to the capitalised word opening the next sentence)
        let trimmed = e.type == .person && hi - lo >= 2 && isGlued(hi - 1)
        if trimmed { hi -= 1 }
        var m = NameMention(tokens: lo..<hi, kind: e.type == .person ? .person : .organisation, extendedStart: lo)
        while lo < hi - 1, let g = table.titleGender(keys[lo]) { m.titleGender = g; lo += 1 }
        if lo < hi - 1, let d = table.demonyms[keys[lo]], isCapitalized(lo + 1) { m.nationality = d.lemma; lo += 1 }
        // A first name after a capitalised word that is not one: the person starts there.
        if hi - lo >= 3 || m.kind == .organisation {
            for j in (lo + 1)..<max(lo + 1, hi - 1) where isFirstName(j) && !isFirstName(j - 1) && isCapitalized(j + 1) && isCapitalized(j - 1) {
                lo = j; m.kind = .person; break
            }
        }
        if !trimmed, lo == m.tokens.lowerBound, e.canonical != e.text, e.canonical.splitScalars(separator: " ").count > hi - lo { m.canonical = e.canonical }
        m.tokens = lo..<hi
        return m
    }

    /// The text writes `name`, whatever its case and apostrophes (`Ligue des droits de l’Homme` for `… l’homme`).
    /// (The document's text is folded once, on the first question: ``DocumentTextSearch``.)
    static func writes(_ document: Document, _ name: String) -> Bool {
        document.textSearch.writes(name)
    }

    func words(_ m: NameMention) -> [String] {
        if let c = m.canonical { return c.splitScalars(separator: " ").map { LookupKey.make($0) } }
        return m.tokens.filter(isWord).map { keys[$0] }
    }

    func text(_ r: Range<Int>) -> String { String(document.text(of: document.span(tokens: r))) }

    /// The participant a name belongs to, made if new: a shorter name joins a fuller one holding all its words.
    mutating func participant(for m: NameMention) -> Int {
        let w = words(m)
        guard !w.isEmpty else { return -1 }
        let whole = w.joined(separator: " ")
        if let same = byWhole[whole] {
            if participants[same].kind == .organisation, m.kind == .person { participants[same].kind = .person }
            return same
        }
        // (`Lévy` of `M. Lévy- Bruhl` joins `Pierre Lévy-Bruhl`: one part of a double surname)
        if let fuller = participants.first(where: { p in p.kind == .person && (w.allSatisfy { p.wordKeys.contains($0) } || w.count == 1 && p.hasSurnamePart(w[0])) }) {
            // (an organisation tag on a surname, `Borne`, is the person's surname)
            return fuller.id
        }
        var p = Participant(id: participants.count, name: m.canonical ?? text(m.tokens), kind: m.kind)
        // (`la CSC` in a text that never writes `Confédération des syndicats chrétiens`: an organisation is named as the
        // document names it, the gazetteer's full name kept as an alias)
        if m.kind == .organisation, let canonical = m.canonical, !Self.writes(document, canonical) {
            p.name = text(m.tokens)
            p.aliases = [canonical]
        }
        p.wordKeys = Set(w)
        if m.kind == .person, w.count >= 2, let first = p.name.splitScalars(separator: " ").first, let g = lexicon?.firstNameGender(String(first)) {
            p.firstNameGender = g == .masculine ? .male : g == .feminine ? .female : nil
        }
        participants.append(p)
        byWhole[whole] = p.id
        return p.id
    }
}
