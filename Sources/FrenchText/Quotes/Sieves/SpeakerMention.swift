/// A speaker mention as stage 1 found it (`il`, `la Première ministre`, `le Français`, `M. Coderre`,
/// `l’entraîneur liégeois`, `lui` of `selon lui` read as `il`), read into what the stage-2 sieves need: pronoun,
/// title, determiner, role noun, demonym and name words, each with the gender it states.
///
/// ```swift
/// // "« … », a affirmé la Première ministre."
/// mention.roleLemma   // "ministre"
/// mention.gender      // .female (determiner)
/// ```
struct SpeakerMention: Sendable {
    /// Code-point range of the mention.
    var start: Int
    var end: Int
    /// Token range of the mention in the document.
    var tokens: Range<Int>
    var pronoun: String?
    var titleGender: SpeakerGender?
    var determiner: ParticipantLexicon.Determiner?
    var roleLemma: String?
    var roleGender: SpeakerGender?
    var demonym: ParticipantLexicon.Demonym?
    /// Capitalised words that are neither title, determiner, role noun nor demonym (`Coderre`, `Déry`).
    var nameWords: [String] = []
    /// Keys of the capitalised words of the role's complement (`le ministre de la Communication du Niger` →
    /// `communication`, `niger`): the role's holder must have them in a stated role.
    var complement: [String] = []
    /// The last run of capitalised words of the role's complement, as written (`le chef de l’État Emmanuel Macron` →
    /// `État Emmanuel Macron`): the name of the holder may end it.
    var complementTail: [String] = []
    /// Names an organisation by its kind (`la préfecture`, `l’association`).
    var isOrganisationNoun = false
    /// Lemma of the head noun when it is no listed role noun but a noun naming a person (``PersonNoun``:
    /// `le technicien camerounais`, `la bergère de 55 ans`), with the gender the form states.
    var personLemma: String?
    var personGender: SpeakerGender?

    /// The gender the mention states (title, pronoun, gendered role noun, feminine determiner); nil when none.
    var gender: SpeakerGender? {
        if let g = titleGender, g != .unknown { return g }
        if let p = pronoun { let g = ParticipantLexicon.shared.quotes.pronouns[p]; return g == .unknown ? nil : g }
        if let g = roleGender { return g }
        if let g = personGender { return g }
        if let g = demonym?.gender, g != .unknown { return g }
        // (`la société d’État` says nothing of the person apposed to it)
        return determiner?.gender == .female && !isOrganisationNoun ? .female : nil
    }

    /// The word at `t` reads as an adjective and the next is a lower-case noun: `dernier` in `le dernier bilan`.
    static func isAdjectiveBeforeNoun(_ t: Int, _ document: Document, lexicon: Lexicon? = Lexicon.shared) -> Bool {
        guard let lexicon, t + 1 < document.tokens.count, document.tokens[t + 1].kind == .word,
              let first = document.tokens[t + 1].text.unicodeScalars.first, !first.isUppercaseProperty,
              lexicon.analyses(of: LookupKey.make(document.tokens[t].text)).contains(where: \.isAdjective) else { return false }
        return lexicon.analyses(of: LookupKey.make(document.tokens[t + 1].text)).contains(where: \.isNoun)
    }

    init(document: Document, span: TextSpan, table: ParticipantLexicon = .shared) {
        start = span.start
        end = span.end
        // (the tokens overlapping the span: `il` is inside the token `-t-il`)
        var lo = document.tokenIndex(atOrAfter: span.start)
        if lo > 0, document.tokens[lo - 1].span.end > span.start { lo -= 1 }
        let hi = max(lo, document.tokenIndex(atOrAfter: span.end))
        tokens = lo..<hi
        var inComplement = false, tailClosed = false
        for t in tokens {
            let token = document.tokens[t]
            var key = LookupKey.make(token.text)
            if key.hasPrefix("-t-") { key.removeFirst(3) } else if key.hasPrefix("-") { key.removeFirst() }
            let capitalised = token.text.unicodeScalars.first?.isUppercaseProperty ?? false
            if table.quotes.pronouns[key] != nil, tokens.count == 1 || token.kind == .pronoun { pronoun = key; continue }
            // (`« A, selon lui, B »`: the mention `lui` stands for the subject pronoun `il`)
            if tokens.count == 1, let subject = QuoteFunctionWords.disjunctiveSubject[key] { pronoun = subject; continue }
            if let g = table.titleGender(key), capitalised { titleGender = g; continue }
            if t == lo, let d = table.determiners[key] { determiner = d; continue }
            // (`l’un d’entre eux`, `l’une des salariées`: one of a group, as unnamed as `un salarié`)
            if t == lo + 1, determiner?.kind == .definite, let d = table.determiners[key], d.kind == .indefinite { determiner = d; continue }
            if let d = table.demonyms[key], capitalised, roleLemma == nil { demonym = d; continue }
            if roleLemma == nil, let r = table.roleNoun(key) { roleLemma = r.lemma; roleGender = r.gender; continue }
            if table.quotes.organisationNouns.contains(key), roleLemma == nil, nameWords.isEmpty { isOrganisationNoun = true; continue }
            // (the first word after the determiner, or the second after an adjective: `la nouvelle bergère`; `le dernier bilan`
            // is no person)
            if roleLemma == nil, personLemma == nil, !isOrganisationNoun, nameWords.isEmpty, determiner != nil, !capitalised,
               t - lo <= 2, token.kind == .word, !Self.isAdjectiveBeforeNoun(t, document), let r = PersonNoun.reading(key) {
                personLemma = r.lemma; personGender = r.gender; continue
            }
            // (`le maire de Montréal`: a capitalised word in the role's complement is no name)
            if roleLemma != nil || personLemma != nil || isOrganisationNoun, !capitalised, token.kind == .word || token.kind == .elision { inComplement = true }
            // (a run ends at a lower-case word; the next capitalised word starts a new one: `lui-même` after the name keeps it)
            if capitalised, inComplement {
                if tailClosed { complementTail.removeAll(); tailClosed = false }
                complement.append(key)
                complementTail.append(token.text)
            }
            if !capitalised, inComplement, token.kind == .word { tailClosed = true }
            if capitalised, !inComplement, token.kind == .word || token.kind == .elision { nameWords.append(token.text) }
        }
    }
}
