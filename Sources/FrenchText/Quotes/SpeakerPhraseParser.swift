/// Reads ``SpeakerPhrase``s in the word view: after a cue (`», a déclaré le maire Labeaume`),
/// before it (`Anna Wright, spécialiste …, a déclaré :`) or after `selon`/`pour`/`d’après`.
///
/// ```swift
/// // "», estime Daniel Bekele, directeur de la division Afrique de Human Rights Watch."
/// parser.forward(words, at: 2, limit: words.count)?.organisation   // "Human Rights Watch"
/// ```
struct SpeakerPhraseParser: Sendable {
    let scalars: [Unicode.Scalar]
    let lexicon: Lexicon?
    let table: QuoteLexicon

    static let definite: Set<String> = ["le", "la", "l'", "les", "son", "sa", "leur", "ce", "cette", "notre", "votre"]
    static let indefinite: Set<String> = ["un", "une"]
    static let possessive: Set<String> = ["son", "sa", "leur", "notre", "votre"]
    static let modifiers: Set<String> = ["premier", "première", "haut", "haute", "nouveau", "nouvel", "nouvelle", "ancien", "ancienne",
                                         "ex", "jeune", "vice", "actuel", "actuelle", "futur", "future", "simple", "autre", "seul", "seule"]
    static let particles: Set<String> = ["de", "du", "des", "d'", "van", "von", "der", "den", "da", "di", "dos", "del", "della",
                                         "ben", "bin", "al", "el", "le", "la", "l'", "ter", "ten"]
    static let clitics: Set<String> = ["l'", "le", "la", "les", "lui", "leur", "nous", "vous", "y", "en", "ne", "n'", "se", "s'", "me", "m'", "te", "t'"]
    static let complementStops: Set<String> = ["à", "au", "aux", "pour", "avant", "après", "lors", "dans", "en", "sur", "avec", "selon", "qui", "que",
                                               "qu'", "et", "ou", "mais", "lorsque", "quand", "car", "comme", "dont", "où", "afin", "sans", "contre",
                                               "vers", "depuis", "pendant", "a", "est", "ont", "sont", "avait", "était", "devant", "face", "lorsqu'",
                                               "puisque", "puisqu'", "parce", "alors", "tandis", "ce", "cette", "ces", "jeudi", "lundi", "mardi",
                                               "mercredi", "vendredi", "samedi", "dimanche", "hier", "aujourd'hui", "mais"]
    static let boundaryPunctuation: Set<String> = [",", ";", ":", "(", ")", "[", "]", "—", "–", "-", ".", "!", "?", "…", "/"]

    // MARK: Words

    func text(_ start: Int, _ end: Int) -> String {
        guard start < end, start >= 0, end <= scalars.count else { return "" }
        var v = String.UnicodeScalarView()
        v.append(contentsOf: scalars[start..<end])
        return String(v)
    }

    private func isSentenceInitial(_ w: [AttributionWord], _ i: Int) -> Bool {
        guard i > 0 else { return true }
        let p = w[i - 1]
        return p.sentence != w[i].sentence || p.isQuote || (p.isPunctuation && [":", "—", "–", "-", "(", "«", "\""].contains(p.key))
    }

    /// A capitalised word that can be part of a name here.
    func isNameWord(_ w: [AttributionWord], _ i: Int) -> Bool {
        guard i >= 0, i < w.count else { return false }
        let x = w[i]
        guard x.kind == .word, x.isCapitalized, !x.isTitle, !x.isElided, table.pronouns[x.key] == nil else { return false }
        if x.text.count >= 2, x.text.allSatisfy({ $0.isUppercase || $0 == "-" }) { return true }  // acronym
        guard let lexicon else { return true }
        let analyses = lexicon.analyses(of: x.text)
        let proper = analyses.contains { $0.isProperName }
        if !proper {
            let lower = lexicon.analyses(of: x.key)
            if lower.contains(where: { $0.tags.contains("mg") }) { return false }  // Le, Selon, Pour, Nous…
            if isSentenceInitial(w, i), !lower.isEmpty { return false }
        }
        return true
    }

    /// End (exclusive) of the name run starting at `i`, joining particles (`Charles de Gaulle`,
    /// `Ministère de l’Intérieur`) after a one-word start; nil when `i` does not start a name.
    func nameRun(_ w: [AttributionWord], from i: Int, limit: Int) -> Int? {
        guard i < limit, isNameWord(w, i) else { return nil }
        var e = i + 1
        while e < limit {
            if isNameWord(w, e) || (w[e].isWord && w[e].isCapitalized && !w[e].isTitle && table.pronouns[w[e].key] == nil
                                     && e + 1 < limit && isNameWord(w, e + 1) && Self.particles.contains(w[e].key)) {
                e += 1; continue
            }
            // Lower-case particles inside: only after a one-word name (Charles de Gaulle, Ministère de l’Intérieur).
            if e - i == 1, Self.particles.contains(w[e].key), !w[e].isCapitalized {
                var p = e + 1
                if p < limit, Self.particles.contains(w[p].key), !w[p].isCapitalized { p += 1 }
                if p < limit, isNameWord(w, p) { e = p + 1; continue }
            }
            break
        }
        // An organisation name runs on through its lower-case words:
        // Organisation mondiale de la santé, Ligue des droits de l’Homme.
        if e - i == 1, table.organisationNameWords.contains(w[i].key) {
            var k = e
            var lastContent = e
            while k < limit, k - e < 8, w[k].isWord, !w[k].isTitle {
                let key = w[k].key
                if Self.particles.contains(key) || ["et", "pour", "sans", "contre", "aux", "au"].contains(key) { k += 1; continue }
                if Self.complementStops.contains(key) { break }
                guard w[k].isCapitalized || isAdjectiveOrNoun(key) else { break }
                k += 1
                lastContent = k
            }
            e = lastContent
        }
        return e
    }

    private func isAdjectiveOrNoun(_ key: String) -> Bool {
        guard let lexicon else { return false }
        let a = lexicon.analyses(of: key)
        return !a.isEmpty && a.allSatisfy { ($0.isNoun || $0.isAdjective) && !$0.isVerb || $0.isPastParticiple }
    }

    /// True when the name words make an organisation (`Amnesty International`, `ONU`).
    func isOrganisationName(_ words: [String]) -> Bool {
        for word in words {
            for part in word.split(separator: "-") where table.organisationNameWords.contains(QuoteLexicon.key(part)) { return true }
        }
        if words.count == 1, let only = words.first, only.count >= 2, only.allSatisfy({ $0.isUppercase || $0 == "-" || $0 == "&" }) { return true }
        return false
    }

    private func determinerGender(_ key: String) -> SpeakerGender? {
        switch key {
        case "la", "une", "sa", "cette": return .female
        case "le", "un", "ce": return .male
        default: return nil
        }
    }

    /// A common noun's lemma and gender (`magistrate` → `magistrat`, female).
    private func commonNoun(_ key: String) -> (lemma: String, gender: SpeakerGender?)? {
        guard let lexicon, let a = lexicon.analyses(of: key).first(where: { $0.isNoun }) else { return nil }
        let gender: SpeakerGender? = a.gender == .masculine ? .male : a.gender == .feminine ? .female : nil
        return (a.lemma.isEmpty ? key : a.lemma, gender)
    }

    private func isNoun(_ key: String) -> Bool {
        if table.roleNouns[key] != nil || table.organisationNouns.contains(key) { return true }
        return lexicon?.analyses(of: key).contains { $0.isNoun } ?? false
    }

    // MARK: Phrases

    /// The speaker phrase after a cue, skipping a few adverbial words (`d’entrée de jeu`).
    func forward(_ w: [AttributionWord], at start: Int, limit: Int) -> SpeakerPhrase? {
        var k = start
        var skipped = 0
        while k < limit, w[k].isWord, skipped < 6 {
            let key = w[k].key
            // A recipient is not the speaker: « … », a déclaré à l’AFP le ministre.
            if ["à", "au", "aux", "auprès"].contains(key) {
                var n = k + 1
                if key == "auprès", n < limit, ["de", "du", "des", "d'"].contains(w[n].key) { n += 1 }
                guard let recipient = phrase(w, at: n, limit: limit, generic: true), recipient.form != .pronoun else { return nil }
                k = recipient.nextWord
                skipped += 2
                continue
            }
            if startsPhrase(w, k) { break }
            if Self.stopsSubjectSearch.contains(key) || isFiniteVerb(key) { return nil }
            k += 1; skipped += 1
        }
        guard k < limit, w[k].isWord else { return nil }
        return phrase(w, at: k, limit: limit, generic: true)
    }

    static let stopsSubjectSearch: Set<String> = ["que", "qu'", "qui", "dont", "où", "si", "s'", "lorsque", "lorsqu'", "quand", "car", "parce",
                                                   "lui", "leur", "me", "m'", "te", "t'", "nous", "vous", "se", "y", "en", "ne", "n'", "pas", "et", "ou", "mais"]

    private func isFiniteVerb(_ key: String) -> Bool {
        guard let lexicon else { return false }
        return lexicon.analyses(of: key).contains { $0.isVerb && $0.tags.contains(where: CueVerbMatcher.finiteTags.contains) }
            && !lexicon.analyses(of: key).contains { $0.isNoun || $0.tags.contains("adv") }
    }

    private func startsPhrase(_ w: [AttributionWord], _ k: Int) -> Bool {
        let x = w[k]
        return x.isInverted || x.isTitle || Self.definite.contains(x.key) || Self.indefinite.contains(x.key)
            || table.pronouns[x.key] != nil || isNameWord(w, k)
    }

    /// The phrase starting exactly at word `k`.
    /// With `generic`, a determiner and any common noun make a speaker (`le magistrat`), as after a cue.
    func phrase(_ w: [AttributionWord], at k: Int, limit: Int, generic: Bool = false) -> SpeakerPhrase? {
        guard k < limit, w[k].isWord else { return nil }
        let x = w[k]
        if x.isInverted || (table.pronouns[x.key] != nil && (!x.isCapitalized || isSentenceInitial(w, k))) {
            var p = SpeakerPhrase(form: .pronoun, start: x.start, end: x.end, nextWord: k + 1)
            p.pronoun = x.key
            return p
        }
        if x.isTitle {
            if let r = nameRun(w, from: k + 1, limit: limit) {
                var p = namePhrase(w, k + 1..<r, start: x.start)
                p.titleGender = table.titles[x.key.hasSuffix(".") ? String(x.key.dropLast()) : x.key]
                return withApposition(w, p, limit: limit)
            }
            // Mme la ministre
            if var p = phrase(w, at: k + 1, limit: limit), p.form == .role {
                p.start = x.start
                p.titleGender = table.titles[x.key.hasSuffix(".") ? String(x.key.dropLast()) : x.key]
                return p
            }
            return nil
        }
        if Self.definite.contains(x.key) || Self.indefinite.contains(x.key) {
            var n = k + 1
            while n < limit, w[n].isWord, Self.modifiers.contains(w[n].key) { n += 1 }
            guard n < limit, w[n].isWord else { return nil }
            let nounKey = w[n].key
            let indefinite = Self.indefinite.contains(x.key)
            let possessive = Self.possessive.contains(x.key)
            if let role = table.roleNouns[nounKey] {
                var p = SpeakerPhrase(form: indefinite ? .unnamed : .role, start: x.start, end: w[n].end, nextWord: n + 1)
                p.roleLemma = role.lemma
                p.roleGender = role.gender ?? (role.genderless ? nil : determinerGender(x.key))
                var e = n + 1
                if !indefinite, let r = nameRun(w, from: e, limit: limit) {
                    // le maire Labeaume, la ministre Rachida Dati
                    p = merge(namePhrase(w, e..<r, start: x.start), role: p)
                    p.role = text(w[n].start, w[n].end)
                    return withApposition(w, p, limit: limit)
                }
                e = complement(w, from: e, limit: limit)
                p.role = text(w[n].start, w[e - 1].end)
                p.end = w[e - 1].end
                p.nextWord = e
                if let o = organisationIn(w, n + 1..<e) { p.organisation = o }
                if !indefinite, let r = nameRun(w, from: e, limit: limit) {
                    // le ministre de l’Intérieur Gérald Darmanin
                    let role = p
                    p = merge(namePhrase(w, e..<r, start: x.start), role: role)
                    return withApposition(w, p, limit: limit)
                }
                if !indefinite, e + 1 < limit, w[e].key == ",", let r = nameRun(w, from: e + 1, limit: limit),
                   r >= limit || w[r].isBoundary {
                    // le porte-parole du gouvernement, Gabriel Attal,
                    let role = p
                    p = merge(namePhrase(w, e + 1..<r, start: w[e + 1].start), role: role)
                    return p
                }
                // son porte-parole, sa voisine: somebody else than the one named before.
                if possessive { p.form = .unnamed }
                return p
            }
            if table.organisationNouns.contains(nounKey) {
                let e = complement(w, from: n + 1, limit: limit)
                var p = SpeakerPhrase(form: indefinite || possessive ? .unnamed : .name, start: x.start, end: w[e - 1].end, nextWord: e)
                p.isOrganisation = true
                if !indefinite && !possessive {
                    p.nameWords = w[n..<e].map(\.text)
                    p.nameStart = w[n].start
                    p.nameEnd = w[e - 1].end
                    p.nameText = text(p.nameStart, p.nameEnd)
                }
                return p
            }
            if !indefinite, x.key != "ce", x.key != "cette", let r = nameRun(w, from: n, limit: limit) {
                // la CCBN, l’Intérieur, le Haut-Commissariat
                var p = namePhrase(w, n..<r, start: x.start)
                p.hasDeterminer = true
                return withApposition(w, p, limit: limit)
            }
            if generic, !indefinite, !w[n].isCapitalized, let noun = commonNoun(nounKey) {
                // le magistrat, la sénatrice: a role the document may have given before.
                let e = complement(w, from: n + 1, limit: limit)
                var p = SpeakerPhrase(form: possessive ? .unnamed : .role, start: x.start, end: w[e - 1].end, nextWord: e)
                p.roleLemma = noun.lemma
                p.roleGender = noun.gender ?? determinerGender(x.key)
                p.role = text(w[n].start, w[e - 1].end)
                return p
            }
            if indefinite, !w[n].isCapitalized, isNoun(nounKey) {
                let e = complement(w, from: n + 1, limit: limit)
                var p = SpeakerPhrase(form: .unnamed, start: x.start, end: w[e - 1].end, nextWord: e)
                p.role = text(w[n].start, w[e - 1].end)
                return p
            }
            return nil
        }
        if let r = nameRun(w, from: k, limit: limit) {
            return withApposition(w, namePhrase(w, k..<r, start: x.start), limit: limit)
        }
        return nil
    }

    private func namePhrase(_ w: [AttributionWord], _ r: Range<Int>, start: Int) -> SpeakerPhrase {
        var p = SpeakerPhrase(form: .name, start: start, end: w[r.upperBound - 1].end, nextWord: r.upperBound)
        // Elided particles keep their apostrophe as written (d’Estaing).
        var words = [String]()
        var glue = false
        for i in r {
            if glue, let last = words.popLast() { words.append(last + w[i].text) } else { words.append(w[i].text) }
            glue = w[i].isElided
        }
        p.nameWords = words
        p.nameStart = w[r.lowerBound].start
        p.nameEnd = w[r.upperBound - 1].end
        p.nameText = text(p.nameStart, p.nameEnd)
        p.isOrganisation = isOrganisationName(words)
        return p
    }

    private func merge(_ name: SpeakerPhrase, role: SpeakerPhrase) -> SpeakerPhrase {
        var p = name
        p.start = min(name.start, role.start)
        p.roleLemma = role.roleLemma
        p.roleGender = role.roleGender
        p.role = role.role
        p.organisation = role.organisation
        return p
    }

    /// `de la région`, `du Calvados`, `de l’union nationale des étudiants de France`: end (exclusive).
    func complement(_ w: [AttributionWord], from e: Int, limit: Int) -> Int {
        guard e < limit, w[e].isWord, ["de", "du", "des", "d'"].contains(w[e].key) else { return e }
        var k = e + 1
        var count = 0
        while k < limit, w[k].isWord || w[k].kind != .punctuation && !w[k].isQuote, count < 9 {
            if w[k].isWord, Self.complementStops.contains(w[k].key) { break }
            k += 1; count += 1
        }
        // A complement ends on a content word, not on a dangling article.
        while k > e + 1, w[k - 1].isWord, Self.definite.contains(w[k - 1].key) || ["de", "du", "des", "d'"].contains(w[k - 1].key) { k -= 1 }
        return k > e + 1 ? k : e
    }

    /// The organisation named in a role text: the name after `à`, `de`, `chez` (`à Amnesty International`).
    func organisationIn(_ w: [AttributionWord], _ r: Range<Int>) -> String? {
        organisationSplit(w, r)?.organisation
    }

    private func organisationSplit(_ w: [AttributionWord], _ r: Range<Int>) -> (prepStart: Int, organisation: String)? {
        var best: (prepStart: Int, organisation: String, score: Int)?
        var i = r.lowerBound
        while i < r.upperBound {
            let key = w[i].key
            if w[i].isWord, ["à", "de", "d'", "du", "des", "chez", "au", "auprès", "pour"].contains(key) {
                var n = i + 1
                if n < r.upperBound, ["la", "l'", "le", "les"].contains(w[n].key) { n += 1 }
                if let e = nameRun(w, from: n, limit: r.upperBound) {
                    let words = w[n..<e].map(\.text)
                    let org = isOrganisationName(words)
                    // A bare name after `à` is often a place (éleveur à Redon); an institution takes an article.
                    let institution = key == "chez" || key == "au" || ((key == "à" || key == "pour") && n > i + 1)
                    let score = (org ? 2 : 0) + (institution ? 1 : 0)
                    if score > 0, best == nil || score >= best!.score {
                        best = (i, text(w[n].start, w[e - 1].end), score)
                    }
                    i = e
                    continue
                }
            }
            i += 1
        }
        return best.map { ($0.prepStart, $0.organisation) }
    }

    /// Role and organisation from an apposition (`spécialiste de la région à Amnesty International`).
    func roleAndOrganisation(_ w: [AttributionWord], _ r: Range<Int>) -> (role: String?, organisation: String?) {
        guard !r.isEmpty else { return (nil, nil) }
        if let split = organisationSplit(w, r) {
            let role = split.prepStart > r.lowerBound ? text(w[r.lowerBound].start, w[split.prepStart - 1].end) : nil
            return (role, split.organisation)
        }
        return (text(w[r.lowerBound].start, w[r.upperBound - 1].end), nil)
    }

    /// True when word `i` can open an apposition (`spécialiste de…`, `Haut-Commissaire aux…`, `la directrice de…`).
    func isAppositionStart(_ w: [AttributionWord], _ i: Int, limit: Int) -> Bool {
        guard i < limit, w[i].isWord else { return false }
        let key = w[i].key
        if table.roleNouns[key] != nil { return true }
        if Self.modifiers.contains(key), i + 1 < limit, table.roleNouns[w[i + 1].key] != nil || isNoun(w[i + 1].key) { return true }
        if Self.definite.contains(key) || Self.indefinite.contains(key) {
            var n = i + 1
            while n < limit, Self.modifiers.contains(w[n].key) { n += 1 }
            return n < limit && table.roleNouns[w[n].key] != nil
        }
        if w[i].isCapitalized || table.pronouns[key] != nil { return false }
        guard let lexicon else { return false }
        let a = lexicon.analyses(of: key)
        return a.contains { $0.isNoun } && !a.contains { $0.isVerb && !$0.isPastParticiple } && !a.contains { $0.tags.contains("mg") }
    }

    /// Adds the role and organisation of a `, apposition,` after a name.
    private func withApposition(_ w: [AttributionWord], _ phrase: SpeakerPhrase, limit: Int) -> SpeakerPhrase {
        var p = phrase
        let c = p.nextWord
        guard c + 1 < limit, w[c].key == ",", isAppositionStart(w, c + 1, limit: limit) else { return p }
        var e = c + 1
        while e < limit, e - c < 16, !(w[e].isPunctuation && Self.boundaryPunctuation.contains(w[e].key) && w[e].key != "-"), !w[e].isQuote { e += 1 }
        let (role, org) = roleAndOrganisation(w, c + 1..<e)
        if p.role == nil { p.role = role }
        if p.organisation == nil { p.organisation = org }
        if p.roleGender == nil, let role = table.roleNouns[w[c + 1].key] { p.roleGender = role.gender }
        if p.roleLemma == nil { p.roleLemma = table.roleNouns[w[c + 1].key]?.lemma ?? commonNoun(w[c + 1].key)?.lemma }
        p.nextWord = e
        return p
    }

    /// The subject before a cue verb group starting at word `v`, no further back than `lower`.
    func backward(_ w: [AttributionWord], verbStart v: Int, lower: Int) -> SpeakerPhrase? {
        var j = v - 1
        var clitics = 0
        while j >= lower, w[j].isWord, clitics < 2, Self.clitics.contains(w[j].key) { j -= 1; clitics += 1 }
        guard j >= lower else { return nil }
        if w[j].isWord, table.pronouns[w[j].key] != nil, !w[j].isInverted {
            var p = SpeakerPhrase(form: .pronoun, start: w[j].start, end: w[j].end, nextWord: j + 1)
            p.pronoun = w[j].key
            return p
        }
        var apposition: (role: String?, organisation: String?, gender: SpeakerGender?, lemma: String?)?
        if w[j].key == "," {
            var b = j - 1
            while b >= lower, !(w[b].isPunctuation && [",", "(", ":", ";", "—", "–"].contains(w[b].key)), !w[b].isQuote { b -= 1 }
            let segmentStart = b + 1
            guard segmentStart < j else { return nil }
            if b >= lower, w[b].key == ",", isAppositionStart(w, segmentStart, limit: j) {
                let (role, org) = roleAndOrganisation(w, segmentStart..<j)
                let noun = table.roleNouns[w[segmentStart].key]
                apposition = (role, org, noun?.gender, noun?.lemma)
                j = b - 1
            } else {
                j -= 1
            }
        }
        guard j >= lower else { return nil }
        var result: SpeakerPhrase?
        if isNameWord(w, j) {
            var b = j
            while b - 1 >= lower, isNameWord(w, b - 1) || (w[b - 1].isWord && Self.particles.contains(w[b - 1].key) && b - 2 >= lower && isNameWord(w, b - 2)) {
                b -= 1
            }
            // Try the phrase from a title or a determiner just before (M. Türk, le maire Labeaume).
            for s in [b - 3, b - 2, b - 1] where s >= lower {
                if let p = phrase(w, at: s, limit: j + 1), p.nextWord == j + 1, p.form == .name { result = p; break }
            }
            if result == nil, let r = nameRun(w, from: b, limit: j + 1), r == j + 1 {
                result = namePhrase(w, b..<r, start: w[b].start)
            } else if result == nil {
                result = namePhrase(w, j..<(j + 1), start: w[j].start)
            }
        } else {
            var s = j
            while s >= max(lower, j - 12) {
                if w[s].isPunctuation || w[s].isQuote { break }
                if Self.definite.contains(w[s].key) || Self.indefinite.contains(w[s].key) || w[s].isTitle,
                   let p = phrase(w, at: s, limit: j + 1, generic: true), p.nextWord == j + 1 {
                    result = p
                }
                s -= 1
            }
        }
        guard var p = result else { return nil }
        if let a = apposition {
            if p.role == nil { p.role = a.role }
            if p.organisation == nil { p.organisation = a.organisation }
            if p.roleGender == nil { p.roleGender = a.gender }
            if p.roleLemma == nil { p.roleLemma = a.lemma }
        }
        return p
    }
}
