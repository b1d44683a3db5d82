/// Resolves speaker phrases across a document: surnames and titles to the fullest name the
/// document gives (`Labeaume` → `Régis Labeaume`), role nouns to the person holding the role
/// (`le Haut-Commissaire` → `Volker Türk`), pronouns to the last compatible person, and the
/// speaker's gender from what the text states.
///
/// Built once per document from the names found outside quotes and from the entity tagger's
/// mentions when there are some (their canonical names win).
///
/// ```swift
/// // "M. Volker Türk, Haut-Commissaire aux droits de l’homme, a rappelé … « … », a-t-il déclaré."
/// resolver.resolve(phrase("il"), at: offset).name   // "Volker Türk"
/// ```
struct SpeakerResolver {
    /// A speaker resolved in the document.
    struct Resolved: Sendable, Hashable {
        var name: String?
        var mention: String
        var mentionStart: Int
        var mentionEnd: Int
        var kind: Speaker.Kind
        var role: String?
        var organisation: String?
        /// Key of the person in the resolver (the canonical name), for the final gender.
        var key: String?
        /// Gender stated at this mention (for unnamed speakers).
        var localGender: SpeakerGender?
    }

    private struct Person {
        var name: String
        var words: [String]
        var isOrganisation: Bool
        var isPerson: Bool
        /// Gender stated by titles, agreement and pronouns (counts).
        var genders: [SpeakerGender: Int] = [:]
        /// Gender of the first name in the lexicon: weaker evidence.
        var nameGender: SpeakerGender?
        var role: String?
        var organisation: String?
        /// Lemmas of the roles the document gives the person (`maire`).
        var roles = Set<String>()
        /// Lower-cased words of the roles as stated (`ministre`, `des`, `transports`).
        var roleWords = Set<String>()
        /// Keys of the name's words, for matching mentions.
        var wordKeys = Set<String>()
        /// The same keys in the name's order (what ``canonicalKey(keys:)`` reads).
        var keys: [String] = []
        /// A person the document describes by role only (`Le Haut-Commissaire adjoint…`): no name to give.
        var unnamed = false
    }

    let parser: SpeakerPhraseParser
    let morphology: MorphologyMemo
    private var people: [String: Person] = [:]
    private var order: [String] = []
    /// Keys of names by their last word's key, in order of appearance.
    private var byLast: [String: [String]] = [:]
    /// Person mentions outside quotes: (offset, person key), in document order.
    private var mentions: [(offset: Int, key: String)] = []
    /// Offsets of mentions that open their sentence (the sentence's subject, most likely).
    private var salient: Set<Int> = []
    /// Multi-word names with no evidence either way (`Alex Morel`): antecedents of last resort.
    private var weakMentions: [(offset: Int, key: String)] = []
    /// Speakers as attributed, in attribution order.
    private var history: [(offset: Int, key: String)] = []
    private var roleHolders: [String: String] = [:]
    /// Organisations named outside quotes: (offset, key), in document order.
    private var organisations: [(offset: Int, key: String)] = []
    private let entities: [EntityMention]
    /// Organisations introduced with the noun of their kind (`la société Logimax Ouest`, `le syndicat CFDT`,
    /// `Le Groupe Mutuel`) or as `Du côté de X` (kind empty: a company, most likely), in document order.
    private var kindedOrganisations: [(offset: Int, key: String, kind: String)] = []
    /// Names of unknown kind opening their sentence (`Logimax a annoncé…`): an organisation a later `l’entreprise` may mean.
    private var subjectNames: [(offset: Int, key: String)] = []
    /// Organisations opening their sentence (`La Confédération paysanne du Doubs s’inquiète…`), with the gender of
    /// their head noun (`Confédération` → female, `Conseil` → male): antecedents of a later `elle`/`il`.
    private var subjectOrganisations: [(offset: Int, key: String, gender: SpeakerGender)] = []

    init(words: [QuoteItem], entities: [EntityMention], parser: SpeakerPhraseParser, morphology: MorphologyMemo) {
        self.parser = parser
        self.morphology = morphology
        // Entities within one line only (a name never runs over a paragraph break).
        self.entities = entities.filter { ($0.type == .person || $0.type == .organisation) && !$0.text.contains(where: \.isNewline) }
            .map { Self.withoutTrailingCue($0, parser: parser) }
            .sorted { $0.span.start < $1.span.start }
        let (found, inclusiveNames, roles) = Self.phrases(in: words, parser: parser)
        let kinded = Self.kindedNames(in: words, parser: parser)
        addNames(found, words: words)
        addRoles(roles, words: words)
        addKinded(kinded)
        addAnaphoricOrganisations(found, words: words)
        findSubjectOrganisations(words)
        // Bare surnames seen before the full name: re-key them now that all names are known.
        mentions = mentions.map { m in
            let person = people[m.key]  // (one look-up of the name)
            return person?.unnamed == true ? m : (m.offset, Self.canonicalKey(keys: person?.keys ?? [QuoteLexicon.key(m.key)], people: people, byLast: byLast) ?? m.key)
        }
        mentions.sort { $0.offset < $1.offset }
        noteNonBinary(found, inclusiveNames: inclusiveNames, words: words)
    }

    /// The name and role phrases of the document outside quotes, with the offsets of names whose apposition or
    /// predicate is written with inclusive agreement (`Camille Martin, coordinateur·rice de…`).
    private static func phrases(in words: [QuoteItem], parser: SpeakerPhraseParser)
        -> (found: [(phrase: SpeakerPhrase, offset: Int)], inclusiveNames: Set<Int>, roles: [SpeakerPhrase]) {
        var found = [(phrase: SpeakerPhrase, offset: Int)]()
        var inclusiveNames = Set<Int>()
        var roles = [SpeakerPhrase]()
        var i = 0
        var sentenceEnd = 0
        while i < words.count {
            if sentenceEnd <= i {
                sentenceEnd = i
                while sentenceEnd < words.count, words[sentenceEnd].sentence == words[i].sentence { sentenceEnd += 1 }
            }
            let w = words[i]
            if w.isWord, w.isTitle || Self.definiteIDs.contains(w.keyID) || parser.isNameWord(words, i),
               let parsed = parser.phrase(words, at: i, limit: sentenceEnd) {
                let p = parsed.form == .name ? withoutLeadingAgency(parsed) : parsed
                if p.form == .name {
                    found.append((p, p.nameStart))
                    // Camille Martin, coordinateur·rice de…: inclusive agreement in the apposition.
                    var k = i
                    while k < sentenceEnd, words[k].end <= p.nameEnd { k += 1 }
                    // (or in the predicate: Alex Bernard est militant·e)
                    if k + 1 < sentenceEnd, words[k].key == "," || SpeakerResolver.quoteCopulas.contains(words[k].key),
                       words[(k + 1)..<min(sentenceEnd, k + 3)].contains(where: { $0.isWord && Self.isInclusive($0.text) }) {
                        inclusiveNames.insert(p.nameStart)
                    }
                } else if p.form == .role, !p.isPossessive, !p.isPlural, p.roleLemma != nil {
                    roles.append(p)
                }
                i = max(i + 1, p.nextWord)
                continue
            }
            i += 1
        }
        return (found, inclusiveNames, roles)
    }

    /// Organisations named with their kind: `la société Logimax Ouest`, `Du côté de Logimax Ouest, on promet…`.
    private static func kindedNames(in words: [QuoteItem], parser: SpeakerPhraseParser) -> [(offset: Int, words: [String], name: String, kind: String)] {
        // Organisations named with their kind: la société Logimax Ouest, Du côté de Logimax Ouest, on promet…
        var kinded = [(offset: Int, words: [String], name: String, kind: String)]()
        var end = 0
        for i in words.indices where words[i].isWord {
            if end <= i {
                end = i
                while end < words.count, words[end].sentence == words[i].sentence { end += 1 }
            }
            let key = words[i].key, keyID = words[i].keyID
            var kind: String?
            var nameStart = i + 1
            if Self.organisationKindIDs.contains(keyID) {
                kind = key
                if words[i].isCapitalized, parser.isNameWord(words, i + 1) || i > 0 && SpeakerPhraseParser.definite.contains(words[i - 1].key) {
                    nameStart = i  // Le Groupe Mutuel
                }
            } else if Self.sideOfNounIDs.contains(keyID), i > 0, QuoteFunctionWords.duArticle.contains(words[i - 1].key), i + 1 < end, QuoteFunctionWords.deElided.contains(words[i + 1].key) {
                kind = Self.unstatedKind; nameStart = i + 2
            }
            guard let kind, nameStart < end, var e = parser.nameRun(words, from: nameStart, limit: end), e > nameStart,
                  !(nameStart == i && e - nameStart < 2) else { continue }
            // L’association Eau et Rivières de Bretagne: a name runs on through `et` and particles before capitals.
            var joins = 0
            while joins < 3, e + 1 < end, SpeakerResolver.quoteNameJoins.contains(words[e].key), !words[e].isCapitalized,
                  let more = parser.nameRun(words, from: e + 1, limit: end) {
                e = more; joins += 1
            }
            let text = parser.text(words[nameStart].start, words[e - 1].end)
            kinded.append((words[nameStart].start, text.splitScalars(separator: " ").map(String.init), text, kind))
        }
        return kinded
    }

    /// The entities, then the names found in the text, as people and organisations with their mentions.
    private mutating func addNames(_ found: [(phrase: SpeakerPhrase, offset: Int)], words: [QuoteItem]) {
        // Entities first (their canonical names are the reference), then the names found here.
        for e in self.entities {
            let words = e.canonical.splitScalars(separator: " ").map(String.init)
            add(words: words, name: e.canonical, isOrganisation: e.type == .organisation, isPerson: e.type == .person)
            if e.type == .person { mentions.append((e.span.start, e.canonical)) } else { organisations.append((e.span.start, e.canonical)) }
        }
        for (p, offset) in found where !p.nameWords.isEmpty {
            let firstName = p.nameWords.count >= 2 && morphology.analyses(p.nameWords[0]).contains { $0.isFirstName }
                || p.nameWords.count == 1 && isOnlyFirstName(p.nameWords[0])
            let isPerson = !p.isOrganisation && (p.titleGender != nil || p.roleLemma != nil || firstName)
            let key = add(words: p.nameWords, name: p.nameText, isOrganisation: p.isOrganisation, isPerson: isPerson)
            if isPerson || people[key]?.isPerson == true { mentions.append((offset, key)) }
            let opens = opensSentence(words, p)
            if opens { salient.insert(offset) }
            if !isPerson, !p.isOrganisation, !p.hasDeterminer, p.nameWords.count >= 2 { weakMentions.append((offset, key)) }
            if !isPerson, !p.isOrganisation, opens, !isPlaceOrInstitution(p.nameWords) { subjectNames.append((offset, key)) }
            if p.isOrganisation || people[key]?.isOrganisation == true, p.nameText.contains(where: \.isUppercase) { organisations.append((offset, key)) }
            note(p, key: key)
        }
    }

    /// People described by a role only, as the role's holder or an unnamed person.
    private mutating func addRoles(_ roles: [SpeakerPhrase], words: [QuoteItem]) {
        // People described by a role only (Le Haut-Commissaire adjoint chargé de la protection a appelé…):
        // the holder when the document names one, else an unnamed person a later `il` can refer to.
        for p in roles {
            guard let lemma = p.roleLemma else { continue }
            if let holder = roleHolders[lemma], holds(holder, p) {
                mentions.append((p.start, holder))
            } else {
                let key = "\u{1}" + (p.role ?? lemma) + "@\(p.start)"
                var person = Person(name: "", words: [], isOrganisation: false, isPerson: true)
                person.unnamed = true
                person.role = p.role
                person.roles = [lemma]
                if let g = p.roleGender, g != .unknown { person.genders[g] = 1 }
                people[key] = person
                mentions.append((p.start, key))
            }
            if opensSentence(words, p) { salient.insert(p.start) }
        }
    }

    /// Organisations named with their kind, and the well-known organisations' kinds.
    private mutating func addKinded(_ kinded: [(offset: Int, words: [String], name: String, kind: String)]) {
        for k in kinded {
            var key = k.name
            if let e = entity(overlapping: k.offset, k.offset + k.name.unicodeScalars.count), e.type == .organisation,
               e.canonical.count >= k.name.count {  // (an entity cut short, `Eau` for `Eau et Rivières de Bretagne`, loses)
                key = e.canonical
            } else if people[key] == nil || people[key]?.isPerson == true && people[key]?.isOrganisation == false {
                key = add(words: k.words, name: k.name, isOrganisation: true, isPerson: false)
                people[key]?.isOrganisation = true
                organisations.append((k.offset, key))
            }
            kindedOrganisations.append((k.offset, key, k.kind))
        }
        // Well-known organisations keep their kind (la CGT … le syndicat).
        let kindedOffsets = Set(kindedOrganisations.map(\.offset))
        for o in organisations {
            if let kind = Self.knownKinds[o.key] ?? Self.knownKinds[people[o.key]?.name ?? ""], !kindedOffsets.contains(o.offset) {
                kindedOrganisations.append((o.offset, o.key, kind))
            }
        }
        kindedOrganisations.sort { $0.offset < $1.offset }
        organisations.sort { $0.offset < $1.offset }
    }

    /// Organisations named back by their kind noun, opening their sentence (`Le collectif adresse une lettre…`).
    private mutating func addAnaphoricOrganisations(_ found: [(phrase: SpeakerPhrase, offset: Int)], words: [QuoteItem]) {
        // Le collectif adresse une lettre…: an organisation named back by its kind, opening its sentence, is the
        // subject a later `le texte`, `il` refers to.
        var anaphoric = [(offset: Int, key: String)]()
        for (p, offset) in found where p.isOrganisation && p.nameWords.count == 1 && opensSentence(words, p) {
            guard let head = p.nameWords.first, head.first?.isLowercase == true else { continue }
            let k = QuoteLexicon.key(head)
            guard Self.anaphoricOrganisationNouns.contains(k),
                  let key = organisationOfKind(k, before: offset) ?? lastOrganisation(before: offset)?.key else { continue }
            anaphoric.append((offset, key))
            salient.insert(offset)
        }
        if !anaphoric.isEmpty {
            organisations += anaphoric
            organisations.sort { $0.offset < $1.offset }
        }
    }

    /// Organisations opening their sentence, with the gender of their head noun.
    private mutating func findSubjectOrganisations(_ words: [QuoteItem]) {
        for o in organisations {
            var i = 0, high = words.count
            while i < high {
                let mid = (i + high) / 2
                if words[mid].start < o.offset { i = mid + 1 } else { high = mid }
            }
            guard i < words.count, words[i].start == o.offset, words[i].isWord else { continue }
            var start = i
            if start > 0, words[start - 1].sentence == words[i].sentence, SpeakerPhraseParser.definite.contains(words[start - 1].key) { start -= 1 }
            let head = SpeakerPhraseParser.definite.contains(words[i].key) && i + 1 < words.count ? i + 1 : i
            let probe = SpeakerPhrase(form: .name, start: words[start].start, end: words[head].end, nextWord: head + 1)
            guard opensSentence(words, probe), let gender = Self.headGender(words, start: start, head: head, morphology: morphology) else { continue }
            subjectOrganisations.append((o.offset, o.key, gender))
        }
    }

    /// Non-binary evidence: inclusive agreement of the role and `iel` referring to the person named just before.
    private mutating func noteNonBinary(_ found: [(phrase: SpeakerPhrase, offset: Int)], inclusiveNames: Set<Int>, words: [QuoteItem]) {
        // Non-binary evidence: inclusive agreement of the role (Camille Martin, coordinateur·rice de…) and `iel`
        // referring to the person named just before (Sacha Dupont milite… Iel a…).
        for (p, offset) in found where inclusiveNames.contains(offset) || (p.role.map(Self.isInclusive) ?? false) {
            if let key = canonicalKey(p.nameWords), people[key]?.isOrganisation == false { people[key]?.genders[.nonBinary, default: 0] += 1 }
        }
        for (i, w) in words.enumerated() where w.isWord && !w.isInverted && Self.neutralPronounIDs.contains(w.keyID) {
            // A subject opening its clause (Iel a…, et iel…) or after a preposition (autour d’iel), not a speaker after a cue.
            guard i == 0 || words[i - 1].sentence != w.sentence || Self.beforeClausePronoun.contains(words[i - 1].key) else { continue }
            var low = 0, high = mentions.count
            while low < high {
                let mid = (low + high) / 2
                if mentions[mid].offset < w.start { low = mid + 1 } else { high = mid }
            }
            if low > 0, w.start - mentions[low - 1].offset < 800, let person = people[mentions[low - 1].key], !person.isOrganisation || person.isPerson {
                people[mentions[low - 1].key]?.genders[.nonBinary, default: 0] += 1
            }
        }
    }

    static let beforeClausePronoun: Set<String> = Set(LexicalTables.lines(.quoteBeforeClausePronoun))

    // Tables tested at every word of a document, as interned keys (compared with ``QuoteItem/keyID``, a word's
    // key interned).
    static let definiteIDs = FormSet(forms: SpeakerPhraseParser.definite)
    static let organisationKindIDs = FormSet(forms: organisationKinds)
    static let sideOfNounIDs = FormSet(forms: QuoteFunctionWords.sideOfNoun)
    static let neutralPronounIDs = FormSet(forms: quoteNeutralPronouns)

    /// `coordinateur·rice`, `salarié.e`, `élu(e)`: a role written with inclusive agreement.
    static func isInclusive(_ role: String) -> Bool {
        role.splitScalars(separator: " ").contains { word in
            // The scalar test first: Foundation's search is costly and these marks are rare.
            if word.unicodeScalars.contains(where: { $0 == "·" || $0 == "\u{0387}" || $0 == "(" || $0 == "•" }),
               word.contains("·") || word.contains("(e)") || word.contains("•") { return true }
            // salarié.e, étudiant.e.s: a point between lower-case letters.
            let u = Array(word.unicodeScalars)
            return u.indices.dropFirst().dropLast().contains { u[$0] == "." && u[$0 - 1].isLowercaseProperty && u[$0 + 1].isLowercaseProperty }
        }
    }

    /// An entity that swallowed the cue verb after it (`Groupe Mutuel estime`) or a clitic (`… de lait s’`) loses it: `Groupe Mutuel`.
    private static func withoutTrailingCue(_ e: EntityMention, parser: SpeakerPhraseParser) -> EntityMention {
        var words = e.canonical.splitScalars(separator: " ").map(String.init)
        var trimmed = false
        while words.count > 1, let last = words.last, last.first?.isLowercase == true,
              parser.isCueVerbForm(QuoteLexicon.key(last)) || last.hasSuffix("’") || last.hasSuffix("'") {
            words.removeLast(); trimmed = true
        }
        // (`M. Demotte Comme le président…`: a person's name glued to the capitalised word opening the next sentence;
        // the entity rules' one list of name stops, entity_person_name_stops.txt)
        if e.type == .person, words.count > 1, let last = words.last, last.first?.isUppercase == true, PersonRecognizer.isNameStop(last) {
            words.removeLast(); trimmed = true
        }
        guard trimmed else { return e }
        let canonical = words.joined(separator: " ")
        return EntityMention(text: canonical, type: e.type, span: e.span, canonical: canonical, value: e.value, rule: e.rule)
    }

    /// True when the phrase opens its sentence, possibly after one introductory clause
    /// (`Dans sa déclaration, M. Türk…`, `Le ministre des Transports, Philippe Tabarot, a…`).
    /// Words an introductory clause before a speaker's name may hold (`Pour le sociologue X, …`).
    static let maxIntroduction = 48

    private func opensSentence(_ w: [QuoteItem], _ p: SpeakerPhrase) -> Bool {
        var i = 0, high = w.count
        while i < high {
            let mid = (i + high) / 2
            if w[mid].start < p.start { i = mid + 1 } else { high = mid }
        }
        guard i < w.count else { return false }
        // Back to the sentence start, at most `maxIntroduction` words: a longer run before the name is
        // no short introduction, and the bound keeps a sentence of many names linear.
        var s = i
        while s > 0, i - s < Self.maxIntroduction, w[s - 1].sentence == w[i].sentence { s -= 1 }
        if s == i { return true }
        let reachedStart = s == 0 || w[s - 1].sentence != w[i].sentence
        if !reachedStart { return ["–", "—"].contains(w[i - 1].key) }
        // Pour le sociologue X, … / Selon X, …: the one the sentence is about.
        if QuoteFunctionWords.sourcePreposition.contains(w[s].key) || (QuoteFunctionWords.deApostrophe.contains(w[s].key) && s + 1 < i && QuoteFunctionWords.afterWord.contains(w[s + 1].key)),
           !w[s..<i].contains(where: { $0.isPunctuation || $0.isQuote }) {
            return true
        }
        // C’est le ministre, X, qui a…: the focus of a cleft is the one the sentence is about.
        if i - s == 2, QuoteFunctionWords.cleftPronoun.contains(w[s].key), QuoteFunctionWords.copulaForm.contains(w[s + 1].key) { return true }
        // A dateline before: « Paris, le 12 mars 2025 – L’Observatoire… ».
        if ["–", "—"].contains(w[i - 1].key) { return true }
        // One introductory clause before: « Dans sa déclaration, M. Türk… », « Le ministre, Philippe Tabarot, a… ».
        return w[i - 1].key == "," && w[s..<i].filter { $0.key == "," }.count == 1
    }

    /// Adds a name to the inventory; returns its key.
    @discardableResult
    private mutating func add(words: [String], name: String, isOrganisation: Bool, isPerson: Bool) -> String {
        // (one look-up of the name, whose hash normalises the string; a new person is made whole before it is stored)
        if let at = people.index(forKey: name) {
            if isPerson { people.values[at].isPerson = true }
            if isOrganisation { people.values[at].isOrganisation = true }
        } else {
            var person = Person(name: name, words: words, isOrganisation: isOrganisation, isPerson: isPerson)
            person.keys = words.map { QuoteLexicon.key($0) }
            person.wordKeys = Set(person.keys)
            if !isOrganisation, let first = words.first, words.count >= 2 || isOnlyFirstName(first), let g = morphology.analyses(first).first(where: \.isFirstName)?.gender {
                switch g {
                case .masculine: person.nameGender = .male
                case .feminine: person.nameGender = .female
                case .epicene: break
                }
            }
            if let last = person.keys.last { byLast[last, default: []].append(name) }
            people[name] = person
            order.append(name)
        }
        return name
    }

    /// True when a person with no stated role can take the role phrase (gender agrees).
    private func compatibleRole(_ key: String, _ p: SpeakerPhrase) -> Bool {
        guard !p.isPlural else { return false }
        if let g = p.roleGender { return compatible(key, g) }
        return true
    }

    /// True when person `key` can be the one a role phrase describes: gender and stated qualifiers agree.
    private func holds(_ key: String, _ p: SpeakerPhrase) -> Bool {
        guard let person = people[key], !p.isPlural else { return false }
        if let g = p.roleGender, !(p.roleGenderFromDeterminer && g == .male), !compatible(key, g) { return false }
        if p.isDemonstrative { return true }
        return p.roleQualifiers.allSatisfy { person.roleWords.contains($0) } || person.roles.isEmpty && p.roleQualifiers.isEmpty
    }

    /// `Gérard`: a first name that is not also a surname or a place.
    private func isOnlyFirstName(_ word: String) -> Bool {
        let a = morphology.analyses(word)
        guard a.contains(where: \.isFirstName) else { return false }
        return !a.contains { $0.isSurname || $0.isProperNoun }
    }

    /// `Israël`, `Amnesty`: a one-word proper noun of the lexicon that is no one's name.
    private func isPlaceOrInstitution(_ words: [String]) -> Bool {
        guard words.count == 1, let word = words.first else { return false }
        let a = morphology.analyses(word)
        return a.contains { $0.isProperNoun } && !a.contains { $0.isFirstName || $0.isSurname }
    }

    /// Records what a phrase says about a person: gender, role, organisation.
    private mutating func note(_ p: SpeakerPhrase, key: String) {
        // (the inventory passed as such: a call on `self` from here copied the whole resolver)
        let target = Self.canonicalKey(keys: people[key]?.keys ?? [], people: people, byLast: byLast) ?? key
        // One look-up of the name (its hash normalises the string), then the person is changed in place.
        guard let at = people.index(forKey: target) else { return }
        if let g = p.titleGender, g != .unknown { people.values[at].genders[g, default: 0] += 1 }
        if let g = p.roleGender, g != .unknown, !(p.roleGenderFromDeterminer && g == .male) { people.values[at].genders[g, default: 0] += 1 }
        if people.values[at].role == nil, let r = p.role { people.values[at].role = r }
        if people.values[at].organisation == nil, let o = p.organisation { people.values[at].organisation = o }
        if let lemma = p.roleLemma, !p.isOrganisation {
            roleHolders[lemma] = target
            people.values[at].roles.insert(lemma)
            for word in (p.role ?? "").splitScalars(whereSeparator: { $0 == " " || $0 == "'" || $0 == "’" }) {
                people.values[at].roleWords.insert(QuoteLexicon.key(word))
            }
            for q in p.roleQualifiers { people.values[at].roleWords.insert(q) }
        }
    }

    /// The key of the fullest name in the document for `words` (`["Türk"]` → `Volker Türk`).
    private func canonicalKey(_ words: [String]) -> String? {
        canonicalKey(keys: words.map { QuoteLexicon.key($0) })
    }

    /// ``canonicalKey(_:)`` of words given by their keys.
    private func canonicalKey(keys mentionKeys: [String]) -> String? {
        Self.canonicalKey(keys: mentionKeys, people: people, byLast: byLast)
    }

    /// ``canonicalKey(keys:)`` in the inventory `people`, `byLast`.
    private static func canonicalKey(keys mentionKeys: [String], people: [String: Person], byLast: [String: [String]]) -> String? {
        guard let lastKey = mentionKeys.last else { return nil }
        var best: String?
        var bestCount = 0
        for name in byLast[lastKey] ?? [] {
            guard let p = people[name], !p.words.isEmpty,
                  p.words.count > bestCount || (p.words.count == bestCount && p.isPerson && !(people[best ?? ""]?.isPerson ?? false)) else { continue }
            // Every word of the mention appears in the full name.
            guard mentionKeys.allSatisfy(p.wordKeys.contains) else { continue }
            best = name
            bestCount = p.words.count
        }
        return best
    }

    /// `explique Julie` after `Julie Martin, sage-femme…`: the last person named before with that first name.
    private func personByFirstName(_ words: [String], before offset: Int) -> String? {
        guard words.count == 1, let first = words.first else { return nil }
        let k = QuoteLexicon.key(first)
        var low = 0, high = mentions.count
        while low < high {
            let mid = (low + high) / 2
            if mentions[mid].offset < offset { low = mid + 1 } else { high = mid }
        }
        for i in stride(from: low - 1, through: max(0, low - 60), by: -1) {
            guard let person = people[mentions[i].key], person.words.count >= 2, !person.isOrganisation || person.isPerson,
                  person.keys.first == k else { continue }
            return mentions[i].key
        }
        return nil
    }

    /// The last organisation named before `offset` whose name starts with `head` (`préfecture` → `préfecture du Calvados`).
    private func organisationHeaded(by head: String, before offset: Int) -> String? {
        let k = QuoteLexicon.key(head)
        func headed(_ m: (offset: Int, key: String)) -> Bool {
            guard let p = people[m.key], p.words.count > 1 else { return false }
            return p.keys.first == k
        }
        // The last one before, else the first one after (bounded: organisations are few per document).
        let low = organisationIndex(before: offset)
        for i in stride(from: low - 1, through: max(0, low - 200), by: -1) where headed(organisations[i]) { return organisations[i].key }
        for i in low..<min(organisations.count, low + 200) where headed(organisations[i]) { return organisations[i].key }
        return nil
    }

    /// The last organisation named before `offset` that a common-noun phrase names back (``OrganisationShortReference``:
    /// `le parquet bayonnais` → `parquet de Bayonne`).
    private func organisationReferred(by words: [String], before offset: Int) -> String? {
        let keys = words.map { QuoteLexicon.key($0) }
        let low = organisationIndex(before: offset)
        for i in stride(from: low - 1, through: max(0, low - 200), by: -1) {
            guard let org = people[organisations[i].key], !org.isPerson || org.isOrganisation else { continue }
            if OrganisationShortReference.refers(keys, to: org.keys) { return organisations[i].key }
        }
        return nil
    }

    /// The organisation a person's stated role names in its complement, when a common-noun phrase names it back:
    /// `la porte-parole du gouvernement provincial de Kinshasa` … `Le gouvernement provincial` → `gouvernement provincial
    /// de Kinshasa` (added to the inventory as an organisation).
    private mutating func organisationInRole(named words: [String]) -> String? {
        let keys = words.map { QuoteLexicon.key($0) }
        for name in order {
            guard let person = people[name], person.isPerson, let role = person.role else { continue }
            let roleWords = role.splitScalars(separator: " ").map(String.init)
            let roleKeys = roleWords.map { QuoteLexicon.key($0) }
            guard roleKeys.count > keys.count else { continue }
            for k in 1...(roleKeys.count - keys.count) where Array(roleKeys[k..<(k + keys.count)]) == keys {
                let full = Array(roleWords[k...])
                guard OrganisationShortReference.refers(keys, to: Array(roleKeys[k...])) else { continue }
                return add(words: full, name: full.joined(separator: " "), isOrganisation: true, isPerson: false)
            }
        }
        return nil
    }

    /// The last organisation named with its kind before `offset`, no further back than `within` code points.
    private func kindedOrganisation(before offset: Int, within: Int, where accepts: (String) -> Bool) -> (offset: Int, key: String, kind: String)? {
        var low = 0, high = kindedOrganisations.count
        while low < high {
            let mid = (low + high) / 2
            if kindedOrganisations[mid].offset < offset { low = mid + 1 } else { high = mid }
        }
        var i = low - 1
        while i >= 0, offset - kindedOrganisations[i].offset < within {
            if accepts(kindedOrganisations[i].kind) { return kindedOrganisations[i] }
            i -= 1
        }
        return nil
    }

    /// Nouns of organisation kinds that introduce a name (`la société X`) and refer back to it (`l’entreprise`).
    static let organisationKinds: Set<String> = Set(LexicalTables.lines(.quoteOrganisationKinds))
    /// The kind of an organisation introduced as `Du côté de X`: no noun states it (a company, most likely, so it
    /// belongs to ``companyKinds``).
    static let unstatedKind = ""
    /// Kinds that all name a company (`la direction` of `la société X`), and the unstated kind of `Du côté de X`.
    static let companyKinds: Set<String> = Set(LexicalTables.lines(.quoteCompanyKinds)).union([unstatedKind])
    static let municipalKinds: Set<String> = Set(LexicalTables.lines(.quoteMunicipalKinds))
    static let unionKinds: Set<String> = Set(LexicalTables.lines(.quoteUnionKinds))

    /// Kinds of the well-known organisations of `organisations.tsv`, from the first word of their full name
    /// (`CGT` → `Confédération générale du travail` → `confédération`), keyed by every spelling.
    static let knownKinds: [String: String] = {
        var kinds = [String: String]()
        for row in WordList.rows(PackageResources.organisations_tsv) where !row.isEmpty {
            var spellings = [row[0]]
            if row.count > 1 { spellings += row[1].split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) } }
            if row.count > 2 { spellings += row[2].split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) } }
            guard let kind = spellings.lazy.compactMap({ spelling -> String? in
                guard spelling.contains(" "), let first = spelling.split(separator: " ").first else { return nil }
                let k = QuoteLexicon.key(first)
                return organisationKinds.contains(k) || unionKinds.contains(k) ? k : nil
            }).first else { continue }
            for spelling in spellings where !spelling.isEmpty { kinds[spelling] = kind }
        }
        return kinds
    }()

    /// The organisation of kind `kind` named before `offset`: the same noun first (`le syndicat` → `le syndicat CFDT`),
    /// else one of the same family (`l’entreprise` → `la société Logimax Ouest`, `Du côté de Logimax Ouest`).
    private func organisationOfKind(_ kind: String, before offset: Int) -> String? {
        guard Self.organisationKinds.contains(kind) else { return nil }
        let family: Set<String> = Self.companyKinds.contains(kind) ? Self.companyKinds : Self.municipalKinds.contains(kind) ? Self.municipalKinds
            : Self.unionKinds.contains(kind) ? Self.unionKinds : [kind]
        var same: String?, related: String?
        var i = kindedOrganisations.count - 1
        var steps = 0
        while i >= 0, steps < 200 {
            let k = kindedOrganisations[i]
            if k.offset < offset {
                if k.kind == kind, !QuoteFunctionWords.managementKind.contains(kind) { same = k.key; break }
                if related == nil, family.contains(k.kind) { related = k.key }
            }
            i -= 1; steps += 1
        }
        if let found = same ?? related { return found }
        // No organisation named with its kind: the last one not of another kind (Logimax a annoncé… Le syndicat CFDT… l’entreprise → Logimax).
        var otherKind = Set<String>()
        for k in kindedOrganisations.suffix(200) where k.offset < offset && !family.contains(k.kind) { otherKind.insert(k.key) }
        let low = organisationIndex(before: offset)
        var best: (offset: Int, key: String)?
        for j in stride(from: low - 1, through: max(0, low - 200), by: -1) {
            let key = organisations[j].key
            guard !otherKind.contains(key), let person = people[key], !person.isPerson, !Self.isNewsAgency(person.name) else { continue }
            if let head = person.words.first.map({ QuoteLexicon.key($0) }), Self.organisationKinds.contains(head),
               !family.contains(head) || QuoteFunctionWords.managementKind.contains(head) { continue }
            // (`la direction` of a company is no administration named `Direction régionale des entreprises`)
            best = organisations[j]
            break
        }
        if family != [kind] || Self.companyKinds.contains(kind) {
            for n in subjectNames.suffix(200).reversed() where n.offset < offset && n.offset > (best?.offset ?? -1) {
                guard !otherKind.contains(n.key), let person = people[n.key], !person.isPerson, !Self.isNewsAgency(person.name) else { continue }
                best = n
                break
            }
        }
        return best?.key
    }

    /// The institution a unit belongs to (`service urbanisme de la Ville de Lunel` → `Ville de Lunel`,
    /// `service communication de l’agglomération` → the organisation named before with `agglomération` in its name).
    private mutating func institution(in words: [String], before offset: Int) -> String? {
        guard let head = words.first, SpeakerPhraseParser.subUnitNouns.contains(QuoteLexicon.key(head)),
              let de = words.firstIndex(where: { QuoteFunctionWords.deContracted.contains(QuoteLexicon.key($0)) || QuoteLexicon.key($0).hasPrefix(QuoteFunctionWords.deApostropheWord) }) else { return nil }
        var tail = Array(words[de...])
        let first = QuoteLexicon.key(tail[0])
        if first.hasPrefix(QuoteFunctionWords.deApostropheWord), first.count > 2 { tail[0] = String(tail[0].dropFirst(QuoteFunctionWords.deApostropheWord.count)) } else { tail.removeFirst() }
        if let article = tail.first.map(QuoteLexicon.key) {
            if QuoteFunctionWords.definiteArticle.contains(article) { tail.removeFirst() }
            else if article.hasPrefix(QuoteFunctionWords.definiteApostropheWord) { tail[0] = String(tail[0].dropFirst(QuoteFunctionWords.definiteApostropheWord.count)) }
        }
        guard let noun = tail.first, !noun.isEmpty else { return nil }
        // le bureau du Premier ministre, le cabinet de Marie Dupont: a person's unit is not an institution.
        if tail.contains(where: { parser.table.roleNouns[QuoteLexicon.key($0)] != nil }) || parser.isPersonName(tail) { return nil }
        func isUnit(_ key: String) -> Bool { people[key]?.words.first.map { SpeakerPhraseParser.subUnitNouns.contains(QuoteLexicon.key($0)) } ?? false }
        if noun.first?.isUppercase == true {
            if let key = canonicalKey(tail), people[key]?.isPerson != true, !isUnit(key) { return key }
            if let key = organisationHeaded(by: noun, before: offset), tail.count == 1 { return key }
            // A name not seen before (la Ville de Lunel): the institution as written.
            var name = ""
            for word in tail { name += word; if !(word.hasSuffix("’") || word.hasSuffix("'")) { name += " " } }
            name = name.trimmingCharacters(in: .whitespaces)
            let key = canonicalKey([name]).flatMap { isUnit($0) ? nil : $0 } ?? name
            if people[key] == nil { add(words: tail, name: name, isOrganisation: true, isPerson: false) }
            return people[key]?.isPerson == true ? nil : key
        }
        guard tail.count == 1 else { return nil }
        let k = QuoteLexicon.key(noun)
        if let named = organisationOfKind(k, before: offset) { return named }
        if let full = organisationHeaded(by: noun, before: offset) { return full }
        // l’agglomération → Communauté d’agglomération du Pays de Saint-Omer
        let low = organisationIndex(before: offset)
        for j in stride(from: low - 1, through: max(0, low - 200), by: -1) {
            guard let org = people[organisations[j].key], !org.isPerson || org.isOrganisation else { continue }
            if org.wordKeys.contains(where: { $0 == k || $0 == QuoteFunctionWords.deApostropheWord + k || $0 == QuoteFunctionWords.definiteApostropheWord + k }) { return organisations[j].key }
        }
        return nil
    }

    private func lastOrganisation(before offset: Int) -> (offset: Int, key: String)? {
        let low = organisationIndex(before: offset)
        return low > 0 ? organisations[low - 1] : nil
    }

    /// The index of the first organisation mention at or after `offset` (mentions are in text order): those before it
    /// were named before `offset`.
    private func organisationIndex(before offset: Int) -> Int {
        var low = 0, high = organisations.count
        while low < high {
            let mid = (low + high) / 2
            if organisations[mid].offset < offset { low = mid + 1 } else { high = mid }
        }
        return low
    }

    /// Lookup keys of news agencies (`quote_news_agencies.txt`) and media (`media.tsv`: names, acronyms, other spellings).
    static let newsOutlets: Set<String> = {
        var out = Set(LexicalTables.lines(.quoteNewsAgencies).map { QuoteLexicon.key($0) })
        for row in LexicalTables.rows(.media) {
            for (i, cell) in row.enumerated() {
                let names = i == 0 ? [Substring(cell)] : cell.split(whereSeparator: { $0 == "," || $0 == "|" })
                for name in names where !name.trimmingCharacters(in: .whitespaces).isEmpty { out.insert(QuoteLexicon.key(name.trimmingCharacters(in: .whitespaces))) }
            }
        }
        return out
    }()

    /// The name phrase without a news agency written before a person's name (`a réagi auprès de l’AFP Franck Bizet`).
    static func withoutLeadingAgency(_ phrase: SpeakerPhrase) -> SpeakerPhrase {
        var p = phrase
        guard p.nameWords.count >= 3, isNewsAgency(p.nameWords[0]), let space = p.nameText.firstIndex(where: \.isWhitespace) else { return p }
        let rest = p.nameText[space...].drop(while: \.isWhitespace)
        p.nameStart += p.nameText.unicodeScalars.count - rest.unicodeScalars.count
        p.nameText = String(rest)
        p.nameWords.removeFirst()
        return p
    }

    /// `name` is a news agency's or a medium's: the outlet that reports (`a réagi auprès de l’AFP`, `une information du
    /// Courrier picard`), never the company `la direction` means.
    static func isNewsAgency(_ name: String) -> Bool { newsOutlets.contains(QuoteLexicon.key(name)) }

    /// Common nouns that refer back to the organisation just named (`l’association`, `le collectif`, `l’ONG`).
    static let anaphoricOrganisationNouns: Set<String> = Set(LexicalTables.lines(.quoteAnaphoricOrganisationNouns))

    private func entity(overlapping start: Int, _ end: Int) -> EntityMention? {
        guard !entities.isEmpty, start < end else { return nil }
        var low = 0, high = entities.count
        while low < high {
            let mid = (low + high) / 2
            if entities[mid].span.end <= start { low = mid + 1 } else { high = mid }
        }
        // The entity must be the phrase's name, not a name inside its complement (le bureau de M. Netanyahu).
        if low < entities.count, entities[low].span.start < end, entities[low].span.start <= start {
            return entities[low]
        }
        return nil
    }

    private func compatible(_ key: String, _ gender: SpeakerGender) -> Bool {
        guard let p = people[key], p.isPerson || !p.isOrganisation else { return false }
        if p.isOrganisation { return false }
        let stated = Self.gender(of: p.genders, name: p.nameGender)
        if gender == .unknown || stated == .unknown || stated == gender { return true }
        // A first name's usual gender does not rule out `iel`.
        return gender == .nonBinary && p.genders.isEmpty
    }

    /// Resolves a phrase at code-point `offset`, recording it for later pronouns.
    mutating func resolve(_ p: SpeakerPhrase, mention: String) -> Resolved {
        var r = Resolved(name: nil, mention: mention, mentionStart: p.start, mentionEnd: p.end, kind: .person,
                         role: p.role, organisation: p.organisation, key: nil, localGender: p.titleGender ?? p.roleGender)
        switch p.form {
        case .name:
            resolveName(p, &r)
            // (`précise-t-on au club`, `indique-t-on à la mairie`: a kind of organisation no name of the text stands for)
            if p.isOrganisation, p.nameWords.count == 1, let head = p.nameWords.first, !(head.first?.isUppercase ?? true),
               QuoteLexicon.key(r.name ?? head) == QuoteLexicon.key(head) {
                r.name = nil
            }
        case .role: resolveRole(p, &r)
        case .unnamed: resolveUnnamed(p, &r)
        case .pronoun: if resolvePronoun(p, &r) { return r }
        }
        // `le maire` for a person named before: the generic masculine says nothing of the person's gender.
        if r.key != nil, p.titleGender == nil, p.roleGenderFromDeterminer, r.localGender == .male { r.localGender = nil }
        if let key = r.key, let person = people[key], person.unnamed {
            r.name = nil
            if r.role == nil { r.role = person.role }
        } else if let key = r.key, let person = people[key] {
            if r.role == nil { r.role = person.role }
            if r.organisation == nil { r.organisation = person.organisation }
        }
        return r
    }


    /// A name: the person or organisation it names (fullest name, first name, kind noun, entity, institution).
    private mutating func resolveName(_ p: SpeakerPhrase, _ r: inout Resolved) {
        let p = Self.withoutLeadingAgency(p)
        var key = canonicalKey(p.nameWords).flatMap { (people[$0]?.words.count ?? 0) >= 2 ? $0 : nil }
            ?? (p.isOrganisation ? nil : personByFirstName(p.nameWords, before: p.start))
            ?? canonicalKey(p.nameWords)
            ?? add(words: p.nameWords, name: p.nameText, isOrganisation: p.isOrganisation, isPerson: !p.isOrganisation)
        if p.isOrganisation || p.hasDeterminer, p.nameWords.count >= 2, p.nameWords[0].first?.isLowercase == true,
           let full = organisationReferred(by: p.nameWords, before: p.start) ?? organisationInRole(named: p.nameWords) {
            key = full  // le parquet bayonnais → parquet de Bayonne; le gouvernement provincial → gouvernement provincial de Kinshasa
        } else if p.isOrganisation, p.nameWords.count == 1, let head = p.nameWords.first, !(head.first?.isUppercase ?? true),
           let named = organisationOfKind(QuoteLexicon.key(head), before: p.start) {
            key = named  // « … », assure l’entreprise: the company named as such before (la société Logimax Ouest)
        } else if p.isOrganisation || p.hasDeterminer, p.nameWords.count == 1, let head = p.nameWords.first,
                  // (`la direction` of a company is no `Direction régionale des entreprises` named before)
                  !QuoteFunctionWords.managementKind.contains(QuoteLexicon.key(head)),
                  let full = organisationHeaded(by: head, before: p.start) {
            key = full  // la préfecture → préfecture du Calvados; l’Observatoire → Observatoire citoyen des lieux d’enfermement
        } else if p.isOrganisation, p.nameWords.count == 1, let head = p.nameWords.first, !(head.first?.isUppercase ?? true),
                  Self.anaphoricOrganisationNouns.contains(QuoteLexicon.key(head)), let last = lastOrganisation(before: p.start) {
            key = last.key  // l’association, le collectif: the organisation named last
        }
        var isOrganisation = p.isOrganisation || (people[key]?.isOrganisation ?? false) && !(people[key]?.isPerson ?? false)
        if let e = entity(overlapping: p.nameStart, p.nameEnd) {
            let ek = canonicalKey(e.canonical.splitScalars(separator: " ").map(String.init)) ?? e.canonical
            if (people[ek]?.words.count ?? 0) >= (people[key]?.words.count ?? 0) { key = ek }
            isOrganisation = e.type == .organisation
        }
        if !isOrganisation, p.hasDeterminer || isPlaceOrInstitution(people[key]?.words ?? p.nameWords),
           p.titleGender == nil, p.roleLemma == nil, !(people[key]?.isPerson ?? false) {
            isOrganisation = true  // la CCBN, l’Intérieur, les États-Unis
            people[key]?.isOrganisation = true
        }
        if p.isOrganisation, let institution = institution(in: p.nameWords, before: p.start) {
            key = institution  // le service communication de l’agglomération → the agglomeration named before
            isOrganisation = true
        }
        if !isOrganisation { people[key]?.isPerson = true }
        note(p, key: key)
        r.name = people[key]?.name ?? key
        r.kind = isOrganisation ? .organisation : .person
        r.key = key
        if !isOrganisation { history.append((p.nameStart, key)) }
    }

    /// A role: its holder named in the document, else a person named shortly before that the description fits.
    private mutating func resolveRole(_ p: SpeakerPhrase, _ r: inout Resolved) {
        if let lemma = p.roleLemma, let holder = roleHolders[lemma], holds(holder, p) {
            r.name = people[holder]?.name
            r.key = holder
            note(p, key: holder)
            history.append((p.start, holder))
        } else if let lemma = p.roleLemma, !p.isOrganisation, !p.isPossessive,
                  let key = antecedent(before: p.start, gender: p.roleGender ?? .unknown, role: p.isDemonstrative ? nil : lemma, window: 1500),
                  p.isDemonstrative || holds(key, p) {
            // le magistrat: a definite description of a person named shortly before.
            r.name = people[key]?.name
            r.key = key
            note(p, key: key)
            history.append((p.start, key))
        }
        r.kind = p.isOrganisation ? .organisation : .person
    }

    /// An unnamed speaker; a document (`le rapport`) is its publisher's, the organisation that opened a sentence just before.
    private mutating func resolveUnnamed(_ p: SpeakerPhrase, _ r: inout Resolved) {
        r.kind = p.isOrganisation ? .organisation : p.roleLemma != nil ? .person : .unknown
        if p.isDocument {
            // The organisation that opened a sentence just before publishes it.
            r.role = nil
            if let org = organisations.last(where: { $0.offset < p.start && p.start - $0.offset < 3000 && salient.contains($0.offset) }) {
                r.name = people[org.key]?.name ?? org.key
                r.kind = .organisation
            }
        }
    }

    /// A pronoun: `on` after `Du côté de X`, `celui-ci`, an organisation subject, else the antecedent. True when the
    /// resolution is final (the role and organisation of the person are not added).
    private mutating func resolvePronoun(_ p: SpeakerPhrase, _ r: inout Resolved) -> Bool {
        let gender = parser.table.pronouns[p.pronoun ?? ""] ?? .unknown
        let singular = SpeakerResolver.quoteSingularPronouns.contains(p.pronoun ?? "")
        r.localGender = gender == .unknown || !singular ? nil : gender
        if let pronoun = p.pronoun, QuoteFunctionWords.indefiniteSubject.contains(pronoun), let k = kindedOrganisation(before: p.start, within: 160, where: { $0 == Self.unstatedKind }) {
            // Du côté de Logimax Ouest, on promet que « … »
            r.name = people[k.key]?.name ?? k.key
            r.kind = .organisation
            r.key = k.key
            return true
        }
        if let pronoun = p.pronoun, QuoteFunctionWords.demonstrativePronounCi.contains(pronoun) {
            // ironise celui-ci: the person named last, whoever the sentence was about.
            if let key = lastMention(before: p.start, gender: gender) {
                r.name = people[key]?.name
                r.key = key
                history.append((p.start, key))
            }
            return true
        }
        guard SpeakerResolver.quoteSingularPersonalPronouns.contains(p.pronoun ?? "") else {
            r.kind = .unknown
            return true
        }
        if let org = subjectOrganisation(before: p.start, gender: gender) {
            // La Confédération paysanne s’inquiète… Dans un communiqué, elle affirme que « … »: the organisation.
            r.name = people[org]?.name ?? org
            r.kind = .organisation
            r.key = org
            r.localGender = nil
            return true
        }
        if let key = antecedent(before: p.start, gender: gender) {
            r.name = people[key]?.name
            r.key = key
            if gender != .unknown { people[key]?.genders[gender, default: 0] += 1 }
            history.append((p.start, key))
        }
        return false
    }

    /// The last person named before `offset` with a compatible gender.
    private func lastMention(before offset: Int, gender: SpeakerGender) -> String? {
        var low = 0, high = mentions.count
        while low < high {
            let mid = (low + high) / 2
            if mentions[mid].offset < offset { low = mid + 1 } else { high = mid }
        }
        for i in stride(from: low - 1, through: max(0, low - 20), by: -1) where compatible(mentions[i].key, gender) && people[mentions[i].key]?.unnamed != true {
            return mentions[i].key
        }
        return nil
    }

    /// The gender of an organisation's head noun: `la`/`le` before it, else the lexicon's gender of the noun
    /// (`l’Association…` → female); nil when neither says.
    private static func headGender(_ w: [QuoteItem], start: Int, head: Int, morphology: MorphologyMemo) -> SpeakerGender? {
        if QuoteFunctionWords.feminineDefinite.contains(w[start].key) { return .female }
        if QuoteFunctionWords.masculineDefinite.contains(w[start].key) { return .male }
        let key = w[head].key
        let nouns = morphology.analyses(key).filter { $0.isNoun || $0.isProperNoun }
        let genders = Set(nouns.compactMap { a -> SpeakerGender? in
            a.gender == .masculine ? .male : a.gender == .feminine ? .female : nil
        })
        return genders.count == 1 ? genders.first : nil
    }

    /// An organisation that opened the sentence just before a subject pronoun of its gender, with no person named
    /// or speaking since: `Le Conseil d’État a débloqué une aide. Dans un communiqué, il indique…`. Within about a
    /// sentence, or a paragraph when `communiqué` comes just before the pronoun (the way organisations speak).
    private func subjectOrganisation(before offset: Int, gender: SpeakerGender) -> String? {
        guard gender == .male || gender == .female else { return nil }
        var lo = 0, hi = subjectOrganisations.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if subjectOrganisations[mid].offset < offset { lo = mid + 1 } else { hi = mid }
        }
        guard lo > 0 else { return nil }
        let org = subjectOrganisations[lo - 1]
        guard org.gender == gender else { return nil }
        let lead = parser.text(max(org.offset, offset - 40), offset).lowercased()
        let window = QuoteFunctionWords.releaseNoun.contains(where: { lead.contains($0) }) ? 1200 : 400
        guard offset - org.offset <= window else { return nil }
        if history.suffix(40).contains(where: { $0.offset < offset && $0.offset > org.offset }) { return nil }
        var low = 0, high = mentions.count
        while low < high {
            let mid = (low + high) / 2
            if mentions[mid].offset < offset { low = mid + 1 } else { high = mid }
        }
        if low > 0, mentions[low - 1].offset > org.offset, people[mentions[low - 1].key]?.isOrganisation != true { return nil }
        return org.key
    }

    /// Records a speaker attributed by continuation, for later pronouns.
    mutating func noteSpeaker(_ key: String?, at offset: Int) {
        if let key { history.append((offset, key)) }
    }

    /// The person a pronoun or a definite description at `offset` refers to: the last speaker when
    /// recent (a-t-il ajouté continues the speech), else the last compatible person named outside quotes.
    private mutating func antecedent(before offset: Int, gender: SpeakerGender, role: String? = nil, window: Int? = nil) -> String? {
        func fits(_ key: String, _ at: Int, speaker: Bool = false) -> Bool {
            if let window, offset - at > window { return false }
            // A general description (la femme, le magistrat) fits anyone; a role only its holders or people with no stated role.
            // (a word of the stated role counts: `le commerçant` for the president of the shopkeepers' association)
            if let role, !parser.table.generalPersonNouns.contains(role), let roles = people[key]?.roles, !roles.isEmpty, !roles.contains(role),
               !(people[key]?.roleWords.contains { $0 == role || $0 == role + "s" } ?? false) {
                return false
            }
            return compatible(key, gender)
        }
        // `iel`: the last person the text refers to with `iel` or inclusive agreement, before anyone else.
        if gender == .nonBinary {
            var low = 0, high = mentions.count
            while low < high {
                let mid = (low + high) / 2
                if mentions[mid].offset < offset { low = mid + 1 } else { high = mid }
            }
            for i in stride(from: low - 1, through: max(0, low - 40), by: -1) {
                let m = mentions[i]
                if let p = people[m.key], (p.genders[.nonBinary] ?? 0) > 0, !p.isOrganisation || p.isPerson { return m.key }
            }
        }
        var mention: (offset: Int, key: String)?
        var salientMention: (offset: Int, key: String)?
        var low = 0, high = mentions.count
        while low < high {
            let mid = (low + high) / 2
            if mentions[mid].offset < offset { low = mid + 1 } else { high = mid }
        }
        var i = low - 1
        var steps = 0
        while i >= 0, steps < 40 {
            if fits(mentions[i].key, mentions[i].offset) {
                if mention == nil { mention = mentions[i] }
                if salient.contains(mentions[i].offset) { salientMention = mentions[i]; break }
            }
            i -= 1; steps += 1
        }
        var speaker: (offset: Int, key: String)?
        var j = history.count - 1
        steps = 0
        while j >= 0, steps < 40 {
            let h = history[j]
            if h.offset < offset, fits(h.key, h.offset, speaker: true) { speaker = h; break }
            j -= 1; steps += 1
        }
        // The more recent of the last speaker and the last sentence subject; other mentions last.
        if let speaker, salientMention == nil || speaker.offset >= salientMention!.offset { return speaker.key }
        if let chosen = salientMention ?? mention {
            // « … », prévient Sophie Binet. La secrétaire générale de la CGT… « … », a-t-elle lancé:
            // a role given right after a speaker with no stated role is that speaker's role.
            if people[chosen.key]?.unnamed == true,
               let h = history.suffix(40).last(where: { $0.offset < chosen.offset }), chosen.offset - h.offset < 1500,
               let person = people[h.key], !person.unnamed, person.roles.isEmpty, compatible(h.key, gender) {
                return h.key
            }
            return chosen.key
        }
        if window == nil {
            // No known person: the last multi-word name of unknown kind (Alex Morel milite…).
            for m in weakMentions.reversed() where m.offset < offset {
                if people[m.key]?.isOrganisation == false {
                    people[m.key]?.isPerson = true
                    return m.key
                }
            }
        }
        return nil
    }

    /// The gender the document states for a resolved speaker.
    func gender(of r: Resolved) -> SpeakerGender {
        if let key = r.key, let p = people[key] {
            if p.isOrganisation && !p.isPerson { return .unknown }
            var genders = p.genders
            if let g = r.localGender, g != .unknown { genders[g, default: 0] += 1 }
            return Self.gender(of: genders, name: p.nameGender)
        }
        return r.localGender ?? .unknown
    }

    /// What the text states: titles, agreement and pronouns, unless they disagree; else the first name's gender.
    private static func gender(of counts: [SpeakerGender: Int], name: SpeakerGender?) -> SpeakerGender {
        let stated = counts.filter { $0.key != .unknown && $0.value > 0 }
        if stated.count == 1 { return stated.first!.key }
        if stated.isEmpty, let name { return name }
        return .unknown
    }
}

extension SpeakerResolver {
    /// Copulas linking a name to its role (`X est ministre`) (`quote_copulas.txt`).
    static let quoteCopulas: Set<String> = Set(LexicalTables.lines(.quoteCopulas))
}

extension SpeakerResolver {
    /// Lower-case words joining the words of an organisation name after a noun (`quote_name_joins.txt`).
    static let quoteNameJoins: Set<String> = Set(LexicalTables.lines(.quoteNameJoins))
}

extension SpeakerResolver {
    /// Gender-neutral subject pronouns (`iel`) that tell a person’s gender (`quote_neutral_pronouns.txt`).
    static let quoteNeutralPronouns: Set<String> = Set(LexicalTables.lines(.quoteNeutralPronouns))
}

extension SpeakerResolver {
    /// Singular pronouns that name one person as a speaker (`il`, `celle-ci`) (`quote_singular_pronouns.txt`).
    static let quoteSingularPronouns: Set<String> = Set(LexicalTables.lines(.quoteSingularPronouns))
}

extension SpeakerResolver {
    /// Singular personal subject pronouns (`il`, `elle`, `iel`) (`quote_singular_personal_pronouns.txt`).
    static let quoteSingularPersonalPronouns: Set<String> = Set(LexicalTables.lines(.quoteSingularPersonalPronouns))
}
