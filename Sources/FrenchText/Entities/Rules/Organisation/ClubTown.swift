/// A town named for its club where a match is reported:
/// - a score line: `Lyon – Caen 4-0`, `PSG – Dijon 4-0`
/// - the opponent after `contre` or `face à` with a score near: `à domicile contre Lyon (0-4)`, `s’est imposé 2-1 face à Lens`
/// - the subject of a match verb: `Lyon s’est imposé`, `Nantes a battu Rennes`, `Metz s’incline`
/// - the object of a match verb or its agent: `Monaco a battu Lens`, `en battant (31-29) Toulouse`, `éliminé par Nancy`
/// - a town named in a club's name elsewhere in the text: `Guingamp prépare la saison` beside `En Avant Guingamp`
/// - the club of a player's or coach's role: `l’entraîneur de Dijon`, `le gardien de Lorient`
/// - a town coordinated with a known club: `le Standard et Malines`
/// - a town right before a score in brackets, not after a place preposition: `puis de Lille (1-0)`, `battu par
///   Nantes (2-1)` (but `vainqueur à Marseille (0-2)` names where the match was played)
/// - once the text is a match report (one of the above found, a league named, or the nouns of sports reporting
///   ``OrganisationTeamNickname/isMatchReport(_:)`` reads: `match`, `joueurs`, `entraîneur`), also the opponent
///   without a score (`la finale contre Bordeaux`, `sa victoire face à Ostende`) and a player's or coach's club in
///   brackets (`Mathis Servais (Beveren)`)
///
/// A country standing for its national team stays a place (the dev conventions); so does a town named as where
/// the match is played (`à Bordeaux`). The resolver makes every mention of the town in the document the club.
enum ClubTown {
    static let roleNouns: FormSet = FormSet(forms: LexicalTables.lines(.entityClubRoleNouns))
    /// Match verbs' lemmas → the elided pronoun they need before them (`s'` for `s’imposer`), or "".
    static let matchVerbs: [String: String] = Dictionary(LexicalTables.lines(.entityClubMatchVerbs).map { line in
        guard let n = EntityTables.elisionPrefixLength(line) else { return (line, "") }
        let utf8 = Array(line.utf8)
        return (String(decoding: utf8[n...], as: UTF8.self), LookupKey.make(String(decoding: utf8[..<n], as: UTF8.self)))
    }, uniquingKeysWith: { a, _ in a })
    static let opponentLeads: FormSet = FormSet(forms: LexicalTables.lines(.entityClubOpponentLeads))
    /// Lemmas of the match verbs whose object, a town, is its club (`a battu Lens`, `reçoit Lyon`).
    static let objectVerbs: Set<String> = Set(LexicalTables.lines(.entityClubObjectVerbs))
    /// Words before the agent of a passive match verb (`battu par Lorient`), as lookup keys.
    static let agentLeads: FormSet = FormSet(forms: LexicalTables.lines(.entityClubAgentLeads))
    /// Towns named after a club prefix in `clubs.tsv` (`AS Monaco`), as lookup keys: such a name stands for the club
    /// even where the gazetteer knows it as a country.
    static let prefixedClubTowns: Set<String> = Set(LexicalTables.rows(.clubs).compactMap { row -> String? in
        guard let name = row.first else { return nil }
        let keys = EntityTables.wordKeys(name)
        guard keys.count == 2, let first = name.split(separator: " ").first, clubPrefixSpellings.contains(String(first)) else { return nil }
        return keys[1]
    })
    /// The first words of the names of `clubs.tsv`, as lookup keys (a cheap test before the whole name's).
    private static let clubFirstWords: FormSet = FormSet(forms: clubNames.compactMap(\.first))
    private static let clubPrefixSpellings: Set<String> = Set(LexicalTables.lines(.clubPrefixes))
    /// The known clubs' names as word-key sequences (`clubs.tsv`).
    /// The keys of each club's name and of its other spellings (`Lions de la Teranga` for `Lions de la Téranga`).
    static let clubNames: Set<[String]> = Set(LexicalTables.rows(.clubs).flatMap { row -> [[String]] in
        let others = row.count > 2 ? row[2].split(separator: "|").map(String.init) : []
        return (row.prefix(1) + others).filter { !$0.isEmpty }.map(EntityTables.wordKeys)
    })
    private static let dashes = EntityWordGroups.dashes
    private static let listConjunctions: FormSet = FormSet(forms: LexicalTables.lines(.entityResolverListConjunctions))

    static func candidates(_ context: EntityContext) -> [EntityCandidate] {
        var out = [EntityCandidate]()
        var weak = [Range<Int>]()
        let named = townsInClubNames(context)
        for i in context.words.indices {
            guard let n = townLength(at: i, context) else { continue }
            let end = i + n
            if isScoreLine(i, end, context) || isOpponent(i, end, context) || isMatchSubject(end, context)
                || isMatchObject(i, context) || isRoleClub(i, context) || isCoordinatedWithClub(i, end, context) || isBeforeScore(i, end, context)
                || !named.isEmpty && named.contains(context.words[i..<end].map(\.keyText)) && !isInClubName(i, end, context) && !followsPlaceNoun(i, context) {
                out.append(EntityCandidate(i..<end, .organisation, rule: .organisationClubTown, priority: EntityPriority.gazetteer + 2))
            } else if isOpponent(i, end, context, scoreNeeded: false) || isPlayersClub(i, end, context) {
                weak.append(i..<end)
            }
        }
        // In a match report (a club town found above, a league named: `la 23e journée de Ligue 1`, or the nouns of
        // sports reporting: `match`, `joueurs`), `contre Bordeaux` and `Alain Casanova (Toulouse)` need no score.
        guard !out.isEmpty || !weak.isEmpty && (namesCompetition(context) || OrganisationTeamNickname.isMatchReport(context)) else { return out }
        return out + weak.map { EntityCandidate($0, .organisation, rule: .organisationClubTown, priority: EntityPriority.gazetteer + 2) }
    }

    /// True when the text names a competition (`Ligue 1`, `Ligue des champions`): it reports on matches.
    private static func namesCompetition(_ context: EntityContext) -> Bool {
        context.words.indices.contains { NonEntityRecognizer.competitionEnd(at: $0, in: context.words) != nil }
    }

    /// The length of the known town starting at `i`, or nil (`Monaco`, a country, is a town of `AS Monaco`).
    private static func townLength(at i: Int, _ context: EntityContext) -> Int? {
        guard context.words[i].isCapitalized, let m = context.knownName(at: i) else { return nil }
        guard m.entry.kind == .city || m.entry.kind == .country && m.length == 1 && prefixedClubTowns.contains(context.words[i].keyText) else { return nil }
        return m.length
    }

    /// The towns named inside a club's name in the text (`HBC Nantes`, `En Avant Guingamp`, `FC Metz`), as word keys.
    private static func townsInClubNames(_ context: EntityContext) -> Set<[String]> {
        var out = Set<[String]>()
        let words = context.words
        for i in words.indices where words[i].isCapitalized {
            guard let end = clubNameEnd(at: i, context) else { continue }
            var j = i
            while j < end {
                if let n = townLength(at: j, context), j + n <= end { out.insert(words[j..<(j + n)].map(\.keyText)); j += n } else { j += 1 }
            }
        }
        return out
    }

    /// The end of a club's name starting at `i`: a name of `clubs.tsv` (two words or more), or a club prefix and a
    /// known town (`FC Metz`); nil when there is none.
    private static func clubNameEnd(at i: Int, _ context: EntityContext) -> Int? {
        let words = context.words
        for n in stride(from: 4, through: 2, by: -1) where i + n <= words.count && clubFirstWords.contains(words[i].key) {
            if clubNames.contains(words[i..<(i + n)].map(\.keyText)), !(i + 1..<(i + n)).contains(where: { words[$0].sentenceStart }) { return i + n }
        }
        if context.tables.clubPrefixes.contains(words[i].form), words[i].spaceAfter, let next = context.nextInSentence(i), next.isCapitalized,
           let n = townLength(at: i + 1, context) { return i + 1 + n }
        return nil
    }

    /// True when the town at `i..<end` is part of a club's name written there (`HBC Nantes`).
    private static func isInClubName(_ i: Int, _ end: Int, _ context: EntityContext) -> Bool {
        (max(0, i - 3)..<i).contains { s in clubNameEnd(at: s, context).map { $0 >= end } ?? false }
    }

    /// `la ville de Nantes`, `le maire de Guingamp`: a lower-case noun and `de` before the town, not a player's role.
    private static func followsPlaceNoun(_ i: Int, _ context: EntityContext) -> Bool {
        guard let de = context.word(i - 1), OrganisationRecognizer.deForms.contains(de.key), let noun = context.word(i - 2),
              noun.wordClass == .word, !noun.isCapitalized else { return false }
        return !roleNouns.contains(noun.key)
    }

    /// `Monaco a battu Lens`, `en battant (31-29) Toulouse`, `éliminé par Nancy`: the town right after a match verb
    /// that takes an object (a score in brackets may come between), or after `par` and such a verb's participle.
    private static func isMatchObject(_ i: Int, _ context: EntityContext) -> Bool {
        guard let lexicon = context.lexicon, !context.words[i].sentenceStart else { return false }
        var k = i - 1
        if context.word(k)?.text == ")", let open = (max(0, k - 5)..<k).last(where: { context.words[$0].text == "(" }),
           scoreEnd(at: open, context) == k, !context.words[open].sentenceStart { k = open - 1 }
        // à Lens, de Lyon: a function word before the town (most towns) is no verb; no lexicon lookup.
        guard let v = context.word(k), v.wordClass == .word, !v.isCapitalized,
              !EntityContext.functionWords.contains(v.key) || agentLeads.contains(v.key) else { return false }
        let takesObject = { (w: Word) in lexicon.lemmas(of: w.text).contains(where: { objectVerbs.contains($0) }) }
        if agentLeads.contains(v.key), !v.sentenceStart, let p = context.word(k - 1), p.wordClass == .word, !p.isCapitalized {
            return takesObject(p) || lexicon.lemmas(of: p.text).contains(where: { matchVerbs[$0] != nil })
        }
        return takesObject(v)
    }

    /// A score `4-0` at `k` (an opening bracket before it skipped); the index after it, or nil.
    static func scoreEnd(at k: Int, _ context: EntityContext) -> Int? {
        var k = k
        if context.word(k)?.text == "(" { k += 1 }
        guard let a = context.word(k) else { return nil }
        if a.wordClass == .number, isScore(a.text) { return k + 1 }
        guard a.isDigits, a.text.utf8.count <= 2, !a.spaceAfter,
              let dash = context.word(k + 1), dashes.contains(dash.text), !dash.spaceAfter,
              let b = context.word(k + 2), b.isDigits, b.text.utf8.count <= 2 else { return nil }
        return k + 3
    }

    /// `4-0`, `2–1`: one or two digits, a dash, one or two digits.
    private static func isScore(_ text: String) -> Bool {
        let parts = text.split(whereSeparator: { dashes.contains(String($0)) })
        return parts.count == 2 && parts.allSatisfy { $0.count <= 2 && $0.allSatisfy(\.isNumber) } && text.count <= 5
    }

    /// `Lyon – Caen 4-0`: the town before a dash and a name followed by a score, or after a dash and before a score.
    private static func isScoreLine(_ i: Int, _ end: Int, _ context: EntityContext) -> Bool {
        if let d = context.word(i - 1), dashes.contains(d.text), d.spaceAfter, context.word(i - 2)?.isCapitalized == true,
           scoreEnd(at: end, context) != nil { return true }
        guard let d = context.word(end), dashes.contains(d.text), d.spaceAfter, let o = context.word(end + 1), o.wordClass == .word, o.isCapitalized else { return false }
        return (end + 2...end + 4).contains { scoreEnd(at: $0, context) != nil }
    }

    /// `contre Lyon (0-4)`, `2-1 face à Lens`: the opponent of a match with a score within a few words.
    private static func isOpponent(_ i: Int, _ end: Int, _ context: EntityContext, scoreNeeded: Bool = true) -> Bool {
        guard let p = context.word(i - 1) else { return false }
        var lead = i - 1
        if !opponentLeads.contains(p.key), let f = context.word(i - 2), opponentLeads.contains(f.key) { lead = i - 2 }
        guard let l = context.word(lead), opponentLeads.contains(l.key) else { return false }
        if !scoreNeeded { return true }
        for k in max(0, lead - 6)..<lead {
            if let e = scoreEnd(at: k, context), e <= lead, !(e..<lead).contains(where: { context.words[$0].sentenceStart }) { return true }
        }
        for k in end..<min(context.words.count, end + 4) where scoreEnd(at: k, context) != nil {
            if !(end..<k).contains(where: { context.words[$0].text == "." }) { return true }
        }
        return false
    }

    /// `puis de Lille (1-0)`: the town right before a score in brackets, unless a place preposition names where the
    /// match was played (`à Marseille (0-2)`).
    private static func isBeforeScore(_ i: Int, _ end: Int, _ context: EntityContext) -> Bool {
        guard let open = context.word(end), open.text == "(", let e = scoreEnd(at: end, context), context.word(e)?.text == ")" else { return false }
        return !(context.word(i - 1).map { PlaceRecognizer.placePrepositions.contains($0.key) } ?? false)
    }

    /// `Lyon s’est imposé`, `Nantes a battu Rennes`, `Metz s’incline`: a match verb after the town, through a
    /// reflexive or object pronoun and an auxiliary.
    private static func isMatchSubject(_ end: Int, _ context: EntityContext) -> Bool {
        guard let lexicon = context.lexicon else { return false }
        var k = end
        var elided = ""
        for _ in 0..<3 {
            guard let w = context.nextInSentence(k - 1), w.isWordLike, !w.isCapitalized else { return false }
            if w.wordClass == .elision { elided = w.keyText }
            if lexicon.lemmas(of: w.text).contains(where: { matchVerbs[$0].map { $0.isEmpty || $0 == elided } ?? false }) { return true }
            // s’, l’, a, est, ont: a short pronoun or auxiliary before the verb.
            guard w.wordClass == .elision || w.text.count <= 3 else { return false }
            k += 1
        }
        return false
    }

    /// `Mathis Servais (Beveren)`: a town in brackets right after a person's name is the player's club.
    private static func isPlayersClub(_ i: Int, _ end: Int, _ context: EntityContext) -> Bool {
        guard let open = context.word(i - 1), open.text == "(", let close = context.word(end), close.text == ")",
              let name = context.word(i - 2), name.wordClass == .word, name.isCapitalized, !name.sentenceStart || i - 2 > 0 && context.words[i - 3].isCapitalized else { return false }
        return true
    }

    /// `l’entraîneur de Dijon`: a player's or coach's role and `de` before the town.
    private static func isRoleClub(_ i: Int, _ context: EntityContext) -> Bool {
        guard let de = context.word(i - 1), OrganisationRecognizer.deForms.contains(de.key), let role = context.word(i - 2) else { return false }
        return roleNouns.contains(role.key)
    }

    /// `le Standard et Malines`, `Malines et le Standard`: a town coordinated with a known club.
    private static func isCoordinatedWithClub(_ i: Int, _ end: Int, _ context: EntityContext) -> Bool {
        let words = context.words
        if let c = context.word(i - 1), listConjunctions.contains(c.key) {
            for n in 1...3 where i - 1 - n >= 0 && clubNames.contains(words[(i - 1 - n)..<(i - 1)].map(\.keyText)) { return true }
        }
        if let c = context.word(end), listConjunctions.contains(c.key) {
            var k = end + 1
            if let a = context.word(k), OrganisationRecognizer.articles.contains(a.key) { k += 1 }
            for n in 1...3 where k + n <= words.count && clubNames.contains(words[k..<(k + n)].map(\.keyText)) { return true }
        }
        return false
    }
}
