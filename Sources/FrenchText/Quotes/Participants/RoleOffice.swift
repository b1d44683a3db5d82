/// Offices the text names in several ways (`quote_role_offices.tsv`) and the places a role is tied to, through a
/// place name or a demonym (`demonym_countries.tsv`): `le chef du gouvernement tunisien Habib Essid` … `Le premier
/// ministre de la Tunisie a souligné…` name one office of one country, so the stage-2 `role` sieve finds its holder.
///
/// ```swift
/// // "Le chef du gouvernement tunisien Habib Essid a rencontré le chef du gouvernement marocain Abdelilah Benkirane.
/// //  Le premier ministre de la Tunisie a souligné la « … »."
/// func keys(_ phrase: String) -> [String] { phrase.split(separator: " ").map { LookupKey.make($0) } }
/// RoleOffice.office(of: keys("premier ministre de la Tunisie"))   // "premier ministre"
/// RoleOffice.places(in: keys("chef du gouvernement tunisien"))    // the demonym tunisien
/// RoleOffice.places(in: keys("premier ministre de la Tunisie"))   // the demonym tunisien
/// ```
enum RoleOffice {
    /// Role words as one key (lookup keys glued without spaces: `chefdel'état`) → the office.
    static let offices: [String: String] = {
        var out = [String: String]()
        for row in LexicalTables.rows(.quoteRoleOffices) where row.count >= 2 && !row[0].isEmpty && !row[1].isEmpty {
            out[glued(row[0])] = LookupKey.make(row[1])
        }
        return out
    }()

    /// A place name or demonym as one key → the demonym lemma that stands for the place (`tunisie`, `tunisienne` → `tunisien`).
    static let placeKeys: [String: String] = {
        var out = [String: String]()
        for row in LexicalTables.rows(.demonymCountries) where row.count >= 2 && !row[0].isEmpty {
            let lemma = LookupKey.make(row[0])
            out[lemma] = lemma
            for place in row[1].split(separator: "|") where !place.isEmpty { out[glued(String(place))] = lemma }
        }
        for (form, d) in ParticipantLexicon.shared.demonyms where out[d.lemma] != nil { out[form] = d.lemma }
        return out
    }()

    /// The longest place a table spells over several words (`Burkina Faso`, `Côte d'Ivoire`).
    static let longestPlace = LexicalTables.rows(.demonymCountries).flatMap { $0.dropFirst().flatMap { $0.split(separator: "|") } }
        .map { $0.split(separator: " ").count }.max() ?? 1

    static func glued(_ phrase: String) -> String {
        phrase.splitScalars(whereSeparator: { $0 == " " || $0 == "\u{A0}" }).map { LookupKey.make($0) }.joined()
    }

    /// Lookup keys of a role's words as written (`chef du gouvernement tunisien`), an elided word kept whole (`l'état`).
    static func words(of role: String) -> [String] {
        role.splitScalars(whereSeparator: { $0 == " " || $0 == "\u{A0}" || $0 == "," }).map { LookupKey.make($0) }
    }

    /// The office the role words open with (the longest entry; a determiner before and demonyms inside skipped:
    /// `la ministre belge des Affaires étrangères`; a role noun read as its lemma), nil when the table names none.
    static func office(of words: [String]) -> String? {
        var key = ""
        var found: String?
        for (i, w) in words.enumerated() {
            if i == 0, ParticipantLexicon.shared.determiners[w] != nil { continue }
            if i > 0, ParticipantLexicon.shared.demonyms[w] != nil { continue }
            key += ParticipantLexicon.shared.roleNoun(w)?.lemma ?? w  // (`la cheffe de la diplomatie`)
            if let o = offices[key] { found = o }
        }
        return found
    }

    /// The places (as demonym lemmas) the role words name: `de la Tunisie`, `tunisien`, `du Burkina Faso`.
    static func places(in words: [String]) -> Set<String> {
        var out = Set<String>()
        var i = 0
        while i < words.count {
            var key = ""
            var hit: (lemma: String, next: Int)?
            for j in i..<min(words.count, i + longestPlace) {
                key += words[j]
                if let lemma = placeKeys[key] { hit = (lemma, j + 1) }
            }
            if let hit { out.insert(hit.lemma); i = hit.next } else { i += 1 }
        }
        return out
    }

    /// A known office nobody in the text is said to hold (`le ministre des Affaires étrangères`, `le chef de la
    /// diplomatie`) re-names the person the text is about: the subject of the mention's sentence or the one before, else
    /// the last speaker of its paragraph or the one before; never a person holding another known office or tied to
    /// another place. Unknown offices (`la présidente du tribunal`) are left to the other steps.
    static func salientHolder(_ m: SpeakerMention, _ model: ParticipantModel, _ context: MentionSieve.Context) -> Int? {
        let words = m.tokens.map { LookupKey.make(context.document.tokens[$0].text) }
        guard let office = office(of: words), m.determiner?.kind != .possessive, m.determiner?.kind != .indefinite else { return nil }
        let wanted = places(in: words)
        let gender = m.gender
        func fits(_ id: Int) -> Bool {
            let p = model.participants[id]
            guard p.kind == .person, p.isNamed, p.agrees(with: gender), p.offices.isEmpty || p.offices[office] != nil else { return false }
            let tied = (p.offices[office] ?? []).union(p.nationality.map { [$0] } ?? [])
            return wanted.isEmpty || tied.isEmpty || !wanted.isDisjoint(with: tied)
        }
        if let subject = model.subject(before: m.start, gender: gender, sentencesBack: 1), fits(subject) { return subject }
        guard let last = context.recentSpeakers.last, let end = context.lastSpeechEnd, end <= m.start, fits(last) else { return nil }
        let paragraph = model.paragraph(ofSentence: model.sentence(at: m.start))
        return paragraph - model.paragraph(ofSentence: model.sentence(at: end)) <= 1 ? last : nil
    }

    /// The person holding the office the mention names (`le premier ministre de la Tunisie`): a participant with a
    /// stated role naming that office, tied to no other place than the mention's; the nearest named before, else after.
    static func holder(_ m: SpeakerMention, _ model: ParticipantModel, _ document: Document) -> Int? {
        let words = m.tokens.map { LookupKey.make(document.tokens[$0].text) }
        guard let office = office(of: words) else { return nil }
        let wanted = places(in: words)
        let gender = m.gender
        func holds(_ p: Participant) -> Bool {
            guard p.kind == .person, p.isNamed, p.agrees(with: gender), let stated = p.offices[office] else { return false }
            let tied = p.nationality.map { stated.union([$0]) } ?? stated
            return wanted.isEmpty || tied.isEmpty || !wanted.isDisjoint(with: tied)
        }
        if let before = model.mentions(before: m.start, paragraphsBack: 50).first(where: { holds(model.participants[$0.participant]) }) {
            return before.participant
        }
        return model.mentions(after: m.end, paragraphsAhead: 2).first { holds(model.participants[$0.participant]) }?.participant
    }
}
