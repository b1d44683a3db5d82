/// Reads ``SpeakerPhrase``s in the word view: after a cue (`», a déclaré le maire Labeaume`),
/// before it (`Anna Wright, spécialiste …, a déclaré :`) or after `selon`/`pour`/`d’après`.
///
/// ```swift
/// // "», estime Daniel Bekele, directeur de la division Afrique de Human Rights Watch."
/// parser.forward(words, at: 2, limit: words.count)?.organisation   // "Human Rights Watch"
/// ```
struct SpeakerPhraseParser {
    let scalars: [Unicode.Scalar]
    /// The document's text for reading spans back (optional: tests may build a parser from scalars only).
    var document: Document? = nil
    let morphology: MorphologyMemo
    let table: QuoteLexicon
    /// Facts about word forms worked out once per extraction.
    let memo = Memo()

    static let definite: Set<String> = Set(LexicalTables.lines(.quoteDefiniteDeterminers))
    static let indefinite: Set<String> = Set(LexicalTables.lines(.quoteIndefiniteArticles))
    static let possessive: Set<String> = Set(LexicalTables.lines(.quotePossessiveDeterminers))
    static let pluralDeterminers: Set<String> = Set(LexicalTables.lines(.quotePluralDeterminers))
    /// `de` and its contracted and elided forms, opening a complement (`le maire de Lunel`).
    static let deForms: Set<String> = Set(LexicalTables.lines(.quoteDeForms))
    /// `de`, `d'` and `du` without the plural `des` (`côté du maire`, `réaction d'Anne`).
    static let singularDeForms: Set<String> = Set(LexicalTables.lines(.quoteSingularDeForms))
    /// Relative pronouns opening a descriptive apposition after a speaker (`qui`, `lequel`, `où`).
    static let relativePronouns: Set<String> = Set(LexicalTables.lines(.quoteRelativePronouns))
    static let modifiers: Set<String> = Set(LexicalTables.lines(.quoteSpeakerModifiers))
    /// ``modifiers`` as ids, compared with a word's ``QuoteItem/keyID``.
    static let modifierIDs = FormSet(forms: modifiers)
    /// Determiner and particle tables as ids, compared with a word's ``QuoteItem/keyID``.
    static let definiteIDs = FormSet(forms: definite)
    static let particleIDs = FormSet(forms: particles)
    static let nameParticleIDs = FormSet(forms: nameParticles)
    static let deApostropheID = FormStore.shared.intern(QuoteFunctionWords.deApostropheWord)
    static let indefiniteIDs = FormSet(forms: indefinite)
    static let possessiveIDs = FormSet(forms: possessive)
    static let pluralGroupDeterminerIDs = FormSet(forms: QuoteFunctionWords.pluralGroupDeterminer)
    static let demonstrativeIDs = FormSet(forms: QuoteFunctionWords.demonstrative)
    static let demonstrativeCeCetteIDs = FormSet(forms: QuoteFunctionWords.demonstrativeCeCette)
    static let particles: Set<String> = Set(LexicalTables.lines(.quoteSpeakerParticles))
    static let nameParticles: Set<String> = Set(LexicalTables.lines(.quoteNameParticles))
    static let indefinitePronouns: Set<String> = Set(LexicalTables.lines(.quoteIndefinitePronouns))
    static let clitics: Set<String> = Set(LexicalTables.lines(.quoteClitics))
    static let complementStops: Set<String> = Set(LexicalTables.lines(.quoteComplementStops))
    /// Nouns of a unit inside an institution (`le service urbanisme de la Ville de Lunel`): the institution speaks.
    static let subUnitNouns: Set<String> = Set(LexicalTables.lines(.quoteSubUnitNouns))
    static let boundaryPunctuation = Set(",;:()[]—–-.!?…/".map(String.init))

    // MARK: Words

    func text(_ start: Int, _ end: Int) -> String {
        guard start < end, start >= 0, end <= scalars.count else { return "" }
        if let document { return document.text(codePoints: start..<end) }
        return String(String.UnicodeScalarView(scalars[start..<end]))
    }

    private func isSentenceInitial(_ w: [QuoteItem], _ i: Int) -> Bool {
        guard i > 0 else { return true }
        let p = w[i - 1]
        return p.sentence != w[i].sentence || p.isQuote || (p.isPunctuation && [":", "—", "–", "-", "(", "«", "\""].contains(p.key))
    }

    /// A capitalised word that can be part of a name here.
    func isNameWord(_ w: [QuoteItem], _ i: Int) -> Bool {
        guard i >= 0, i < w.count else { return false }
        if let known = w[i].nameWord { return known }
        return computeNameWord(w, i)
    }

    /// ``isNameWord(_:_:)`` without the cache (the extractor fills the cache of the document's words once).
    func computeNameWord(_ w: [QuoteItem], _ i: Int) -> Bool {
        let x = w[i]
        guard x.kind == .word, x.isCapitalized, !x.isTitle, !x.isElided, table.pronouns[x.key] == nil else { return false }
        // acronym (a lower-case ASCII letter rules it out before any Character is read)
        if !x.text.utf8.contains(where: { $0 >= 0x61 && $0 <= 0x7A }), x.text.count >= 2, x.text.allSatisfy({ $0.isUppercase || $0 == "-" }) { return true }
        guard morphology.isAvailable else { return true }
        let analyses = morphology.analyses(x.form)
        let proper = analyses.contains { $0.isProperName }
        if !proper {
            let lower = morphology.analyses(keyOf: x)
            if lower.contains(where: { $0.tags.contains(where: QuoteFunctionWords.grammaticalWordTag.contains) }) { return false }  // Le, Selon, Pour, Nous…
            if isSentenceInitial(w, i), !lower.isEmpty { return false }
        }
        return true
    }

    /// End (exclusive) of the name run starting at `i`, joining particles (`Charles de Gaulle`,
    /// `Ministère de l’Intérieur`) after a one-word start; nil when `i` does not start a name.
    func nameRun(_ w: [QuoteItem], from i: Int, limit: Int) -> Int? {
        guard i < limit, isNameWord(w, i) else { return nil }
        var e = i + 1
        while e < limit, w[e].sentence == w[i].sentence {
            if isNameWord(w, e) || (w[e].isWord && w[e].isCapitalized && !w[e].isTitle && table.pronouns[w[e].key] == nil
                                     && e + 1 < limit && isNameWord(w, e + 1) && Self.particleIDs.contains(w[e].keyID)) {
                e += 1; continue
            }
            // A capitalised elided particle glued to the next name word: Jean-Baptiste N’Diaye, Marie D’Souza.
            if w[e].isWord, w[e].isCapitalized, w[e].isElided, e + 1 < limit, w[e].end == w[e + 1].start, isNameWord(w, e + 1) {
                e += 2; continue
            }
            // Particles that only occur inside names (Philippe Van den Bossche), and a glued d’ (Côte d’Azur, Giscard d’Estaing).
            if w[e].isWord, !w[e].isCapitalized, Self.nameParticleIDs.contains(w[e].keyID) || (w[e].keyID == Self.deApostropheID && w[e].end == (e + 1 < limit ? w[e + 1].start : -1)) {
                var p = e + 1
                if p < limit, w[p].isWord, !w[p].isCapitalized, Self.nameParticleIDs.contains(w[p].keyID) { p += 1 }
                if p < limit, isNameWord(w, p) { e = p + 1; continue }
            }
            // Lower-case particles inside: only after a one-word name (Charles de Gaulle, Ministère de l’Intérieur).
            if e - i == 1, Self.particleIDs.contains(w[e].keyID), !w[e].isCapitalized {
                var p = e + 1
                if p < limit, Self.particleIDs.contains(w[p].keyID), !w[p].isCapitalized { p += 1 }
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
                if Self.particles.contains(key) || SpeakerPhraseParser.quoteNameInnerWords.contains(key) { k += 1; continue }
                if Self.complementStops.contains(key) { break }
                // Le Groupe Mutuel estime que…: a cue verb after the name ends it (not after a determiner: de la défense).
                if !w[k].isCapitalized, !Self.particles.contains(w[k - 1].key), !QuoteFunctionWords.definiteArticle.contains(w[k - 1].key), isCueVerbForm(key) { break }
                guard w[k].isCapitalized || isAdjectiveOrNoun(key) else { break }
                k += 1
                lastContent = k
            }
            e = lastContent
        }
        return e
    }

    /// `estime`, `affirme`: a finite form of a cue verb (even when also a noun).
    func isCueVerbForm(_ key: String) -> Bool {
        if let known = memo.cueVerbForms[key] { return known }
        let cue = morphology.isAvailable && morphology.analyses(key).contains {
            $0.isVerb && table.cueLemmas.contains($0.lemma) && $0.tags.contains(where: CueVerbMatcher.finiteTags.contains)
        }
        memo.cueVerbForms[key] = cue
        return cue
    }

    /// `Comme`, `Pour`, `Ensuite`: a grammatical word or an adverb of the lexicon (capitalised after a missing full stop),
    /// never a word of anyone's name.
    func isGrammaticalWord(_ word: String) -> Bool {
        guard morphology.isAvailable else { return false }
        let a = morphology.analyses(QuoteLexicon.key(word))
        return a.contains { $0.tags.contains(where: { QuoteFunctionWords.grammaticalWordTag.contains($0) || QuoteFunctionWords.adverbTag.contains($0) }) }
            && !a.contains { $0.isProperName } && !morphology.analyses(word).contains { $0.isProperName }
    }

    private func isAdjectiveOrNoun(_ key: String) -> Bool {
        guard morphology.isAvailable else { return false }
        let a = morphology.analyses(key)
        return !a.isEmpty && a.allSatisfy { ($0.isNoun || $0.isAdjective) && !$0.isVerb || $0.isPastParticiple }
    }

    /// True when the name words make an organisation (`Amnesty International`, `ONU`).
    func isOrganisationName(_ words: [String]) -> Bool {
        for word in words {
            // (a word without a hyphen is its one part: no Character-by-Character split)
            if !word.containsByte(0x2D) {
                if !word.isEmpty, table.organisationNameWords.contains(QuoteLexicon.key(word)) { return true }
                continue
            }
            for part in word.splitScalars(separator: "-") where table.organisationNameWords.contains(QuoteLexicon.key(part)) { return true }
        }
        if words.count == 1, let only = words.first, only.count >= 2, only.allSatisfy({ $0.isUppercase || $0 == "-" || $0 == "&" }) { return true }
        return false
    }

    private func determinerGender(_ key: String) -> SpeakerGender? {
        switch key {
        case _ where QuoteFunctionWords.feminineDeterminer.contains(key): return .female
        case _ where QuoteFunctionWords.masculineDeterminer.contains(key): return .male
        default: return nil
        }
    }

    /// True when the words look like a person's name: a first name of the lexicon first.
    func isPersonName(_ words: [String]) -> Bool {
        guard words.count >= 2, let first = words.first else { return false }
        let head = first.splitScalars(separator: "-").first.map(String.init) ?? first
        return morphology.analyses(head).contains { $0.isFirstName }
    }

    /// A common noun's lemma and gender (`magistrate` → `magistrat`, female).
    private func commonNoun(_ key: String) -> (lemma: String, gender: SpeakerGender?)? {
        guard morphology.isAvailable, let a = morphology.analyses(key).first(where: { $0.isNoun }) else { return nil }
        let gender: SpeakerGender? = a.gender == .masculine ? .male : a.gender == .feminine ? .female : nil
        return (a.lemma.isEmpty ? key : a.lemma, gender)
    }

    /// `Anne-Catherine`, `Nadia`: a first name of the lexicon (the first part of a compound one).
    private func isFirstNameWord(_ word: String) -> Bool {
        let head = word.splitScalars(separator: "-").first.map(String.init) ?? word
        return morphology.analyses(head).contains { $0.isFirstName }
    }

    private func isPostnominalAdjective(_ key: String) -> Bool {
        guard !Self.complementStops.contains(key), !Self.particles.contains(key) else { return false }
        let a = morphology.analyses(key)
        return a.contains { $0.isAdjective } && !a.contains { $0.isVerb && $0.tags.contains(where: CueVerbMatcher.finiteTags.contains) }
            && !a.contains { $0.tags.contains(where: QuoteFunctionWords.grammaticalWordTag.contains) }
    }

    private func isNoun(_ key: String) -> Bool {
        if table.roleNouns[key] != nil || table.organisationNouns.contains(key) { return true }
        return morphology.analyses(key).contains { $0.isNoun }
    }

    /// True when the phrase names the person with resolver key `key` (`Labeaume` for `Régis Labeaume`).
    func mentions(found p: SpeakerPhrase, key: String) -> Bool {
        guard let last = p.nameWords.last else { return false }
        return key.splitScalars(separator: " ").last.map { QuoteLexicon.key($0) == QuoteLexicon.key(last) } ?? false
    }

    // MARK: Phrases

    /// The speaker phrase after a cue, skipping a few adverbial words (`d’entrée de jeu`).
    func forward(_ w: [QuoteItem], at start: Int, limit: Int) -> SpeakerPhrase? {
        var k = start
        var skipped = 0
        // (`a réagi, à L’Essor, le général X`: a recipient between commas)
        var bracketed = k + 1 < limit && w[k].key == "," && Self.skippedPrepositions.contains(w[k + 1].key)
        if bracketed { k += 1 }
        while k < limit, w[k].isWord, skipped < 6 {
            let key = w[k].key
            // A recipient or a circumstance is not the speaker:
            // « … », a déclaré à l’AFP le ministre / a réagi sur X la députée / a dit pour sa part M. Y.
            if Self.skippedPrepositions.contains(key) {
                var n = k + 1
                if n < limit, Self.deForms.contains(w[n].key), QuoteFunctionWords.deLocutionHead.contains(key) { n += 1 }
                // (between commas the recipient ends at the comma: `, à L’Essor, le général X`)
                let ppLimit = bracketed ? (n..<limit).first { w[$0].key == "," } ?? limit : limit
                if let pp = phrase(w, at: n, limit: ppLimit, generic: true), pp.form != .pronoun {
                    // (`a réagi auprès de l’AFP Franck Bizet`, `a confié au Parisien Marie Lenoir`: the source's name runs
                    // into the speaker's, who starts at a first name)
                    if let speaker = personAfterSource(w, from: n + 1, to: pp.nextWord, limit: limit) { return speaker }
                    k = pp.nextWord
                } else if n < limit, w[n].isWord, !isFiniteVerb(w[n].key) {
                    k = n + 1  // à franceinfo, pour sa part
                    if k < limit, w[k].isWord, QuoteFunctionWords.sideNoun.contains(w[k].key) { k += 1 }
                } else {
                    return nil
                }
                if bracketed, k < limit, w[k].key == "," { k += 1; bracketed = false }
                skipped += 2
                continue
            }
            // (`a répété de son côté Michel Laboureur`, `a ajouté de leur côté X`: a side, not the speaker)
            if Self.deForms.contains(key), k + 2 < limit, Self.possessive.contains(w[k + 1].key), QuoteFunctionWords.sideNoun.contains(w[k + 2].key) {
                k += 3; skipped += 2
                continue
            }
            if startsPhrase(w, k) { break }
            if Self.stopsSubjectSearch.contains(key) || isFiniteVerb(key) { return nil }
            k += 1; skipped += 1
        }
        guard k < limit, w[k].isWord else { return nil }
        return phrase(w, at: k, limit: limit, generic: true)
    }

    /// The named organisation or person after a document noun's `de` (`du collectif X`, `de la préfecture du Nord`,
    /// `d’Amnesty International`); nil for a date, a number or a thing (`du 5 mars`, `de la réunion`).
    private func publisherPhrase(_ w: [QuoteItem], at k: Int, limit: Int) -> SpeakerPhrase? {
        guard k + 1 < limit, w[k].isWord, Self.deForms.contains(w[k].key) else { return nil }
        let found = Self.contractedArticles[w[k].key] != nil ? contractedPhrase(w, at: k, limit: limit) : phrase(w, at: k + 1, limit: limit, generic: true)
        guard let p = found, p.form == .name || p.isOrganisation else { return nil }
        return p
    }

    /// The person's name inside `from..<to` starting at a first name of the lexicon after a capitalised word and
    /// running to `to`: `l’AFP Franck Bizet` → `Franck Bizet`.
    private func personAfterSource(_ w: [QuoteItem], from: Int, to: Int, limit: Int) -> SpeakerPhrase? {
        guard to - from >= 2 else { return nil }
        for j in from..<(to - 1) where w[j].isCapitalized && w[j - 1].isCapitalized && w[j - 1].isWord && isFirstNameWord(w[j].text) {
            guard let p = phrase(w, at: j, limit: limit, generic: true), p.form == .name, p.nextWord == to else { return nil }
            return p
        }
        return nil
    }

    static let skippedPrepositions: Set<String> = Set(LexicalTables.lines(.quoteSkippedPrepositions))
    static let stopsSubjectSearch: Set<String> = Set(LexicalTables.lines(.quoteSubjectSearchStops))

    /// True for a finite verb form that is not also a noun or an adverb (`réclame` is both: false).
    func isFiniteVerbWord(_ key: String) -> Bool { isFiniteVerb(key) }

    private func isFiniteVerb(_ key: String) -> Bool {
        if let known = memo.finiteVerbs[key] { return known }
        let finite = morphology.isAvailable
            && morphology.analyses(key).contains { $0.isVerb && $0.tags.contains(where: CueVerbMatcher.finiteTags.contains) }
            && !morphology.analyses(key).contains { $0.isNoun || $0.tags.contains { QuoteFunctionWords.adverbTag.contains($0) || QuoteFunctionWords.pronounTag.contains($0) } }
        memo.finiteVerbs[key] = finite
        return finite
    }

    /// What the parser worked out about each word form, once per extraction (the analyses' tags compared once).
    final class Memo {
        var finiteVerbs: [String: Bool] = [:]
        var cueVerbForms: [String: Bool] = [:]
    }

    private func startsPhrase(_ w: [QuoteItem], _ k: Int) -> Bool {
        let x = w[k]
        return x.isInverted || x.isTitle || Self.definiteIDs.contains(x.keyID) || Self.indefiniteIDs.contains(x.keyID)
            || table.pronouns[x.key] != nil || isNameWord(w, k)
    }

    /// The phrase starting exactly at word `k`.
    /// With `generic`, a determiner and any common noun make a speaker (`le magistrat`), as after a cue.
    func phrase(_ w: [QuoteItem], at k: Int, limit: Int, generic: Bool = false) -> SpeakerPhrase? {
        guard k < limit, w[k].isWord else { return nil }
        let x = w[k]
        if x.isInverted || (table.pronouns[x.key] != nil && (!x.isCapitalized || isSentenceInitial(w, k))) {
            var p = SpeakerPhrase(form: .pronoun, start: x.start, end: x.end, nextWord: k + 1)
            p.pronoun = x.key
            return p
        }
        if x.isTitle { return titlePhrase(w, k, limit: limit) }
        if Self.definiteIDs.contains(x.keyID) || Self.indefiniteIDs.contains(x.keyID) { return determinedPhrase(w, k, limit: limit, generic: generic) }
        if let r = nameRun(w, from: k, limit: limit) {
            return withApposition(w, namePhrase(w, k..<r, start: x.start), limit: limit)
        }
        return nil
    }


    /// What a determiner phrase's helpers read: the determiner at `k`, the noun at `n`, and what the determiner says.
    private struct Determined {
        let k: Int
        let n: Int
        let indefinite: Bool
        let plural: Bool
        let possessive: Bool
        let demonstrative: Bool
        /// The determiner's key (`le` for the article in `du`).
        var key: String = ""
    }

    /// `M. Volker Türk`, `Mme la ministre`: a title and the name or role after it.
    private func titlePhrase(_ w: [QuoteItem], _ k: Int, limit: Int) -> SpeakerPhrase? {
        let x = w[k]
        if let r = nameRun(w, from: k + 1, limit: limit) ?? particleNameRun(w, from: k + 1, limit: limit) {
            var p = namePhrase(w, k + 1..<r, start: x.start)
            p.titleGender = table.titles[x.key.hasSuffix(".") ? String(x.key.dropLast()) : x.key]
            return withApposition(w, p, limit: limit)
        }
        // Mme la ministre
        if k + 1 < limit, !w[k + 1].isTitle, var p = phrase(w, at: k + 1, limit: limit), p.form == .role {
            p.start = x.start
            p.titleGender = table.titles[x.key.hasSuffix(".") ? String(x.key.dropLast()) : x.key]
            return p
        }
        return nil
    }

    /// Contracted articles (`du` → `le`, `des` → `les`) (`quote_contracted_articles.tsv`).
    static let contractedArticles: [String: String] = Dictionary(
        LexicalTables.rows(.quoteContractedArticles).filter { $0.count >= 2 }.map { ($0[0], $0[1]) }, uniquingKeysWith: { a, _ in a })

    /// The phrase after a contracted preposition and article at `k` (`du maire de Lyon` → `maire de Lyon`, read as
    /// `le maire de Lyon`; `des syndicats`), generic as after a cue; the mention starts after the contraction.
    func contractedPhrase(_ w: [QuoteItem], at k: Int, limit: Int) -> SpeakerPhrase? {
        guard k + 1 < limit, w[k].isWord, let article = Self.contractedArticles[w[k].key], var p = determinedPhrase(w, k, limit: limit, generic: true, article: article)
        else { return nil }
        p.start = max(p.start, w[k + 1].start)
        return p
    }

    /// A phrase opened by a determiner: a document, a role, an organisation, a name, a common noun, someone unnamed.
    /// `article` stands for the determiner at `k` when it is in a contraction (`du` → `le`).
    private func determinedPhrase(_ w: [QuoteItem], _ k: Int, limit: Int, generic: Bool, article: String? = nil) -> SpeakerPhrase? {
        let x = w[k]
        // (the determiner's key as an id: the word's own, or the article's in a contraction)
        let xID = article.map { FormStore.shared.intern($0) } ?? x.keyID
        var n = k + 1
        while n < limit, w[n].isWord, Self.modifierIDs.contains(w[n].keyID) { n += 1 }
        guard n < limit, w[n].isWord else { return nil }
        // le Dr Marie-Claude Estève, le Pr J.-L. Fabre
        if w[n].isTitle, n == k + 1, var p = phrase(w, at: n, limit: limit, generic: generic) {
            p.start = x.start
            return p
        }
        var nounKey = w[n].key
        let indefinite = Self.indefiniteIDs.contains(xID)
        // les syndicats, leurs avocats: a group, never one named person.
        let plural = Self.pluralGroupDeterminerIDs.contains(xID)
        let possessive = Self.possessiveIDs.contains(xID) || plural
        if table.roleNouns[nounKey] == nil, !table.organisationNouns.contains(nounKey), let lemma = commonNoun(nounKey)?.lemma,
           table.roleNouns[lemma] != nil || table.organisationNouns.contains(lemma) {
            nounKey = lemma  // préfectures → préfecture, avocats → avocat
        }
        let demonstrative = Self.demonstrativeIDs.contains(xID)
        let d = Determined(k: k, n: n, indefinite: indefinite, plural: plural, possessive: possessive, demonstrative: demonstrative,
                           key: FormStore.shared.string(xID))
        // (`indique un communiqué publié par la Mission des Nations unies (X)`: the agent of the participle publishes it)
        if table.documentNouns.contains(nounKey), n + 3 < limit, w[n + 2].key == QuoteFunctionWords.agentPrepositionWord,
           morphology.analyses(keyOf: w[n + 1]).contains(where: { $0.isPastParticiple }),
           let publisher = phrase(w, at: n + 3, limit: limit, generic: true), publisher.form == .name || publisher.isOrganisation {
            return publisher
        }
        if table.documentNouns.contains(nounKey), !indefinite {
            // `selon le communiqué de la préfecture du Nord`, `le rapport d’Amnesty International`: the publisher speaks
            if let publisher = publisherPhrase(w, at: n + 1, limit: limit) { return publisher }
            // Le rapport, fruit de 146 visites, décrit… / ajoute le communiqué
            let e = complement(w, from: n + 1, limit: limit)
            var p = SpeakerPhrase(form: .unnamed, start: x.start, end: w[e - 1].end, nextWord: e)
            p.isDocument = true
            p.role = text(w[n].start, w[e - 1].end)
            return withApposition(w, p, limit: limit)
        }
        if let role = table.roleNouns[nounKey] { return rolePhrase(w, d, role: role, limit: limit) }
        if table.organisationNouns.contains(nounKey) { return organisationPhrase(w, d, noun: nounKey, limit: limit) }
        if !indefinite, !Self.demonstrativeCeCetteIDs.contains(xID), let r = nameRun(w, from: n, limit: limit) {
            // la CCBN, l’Intérieur, le Haut-Commissariat, la CGT des ports et docks
            let e = Self.deForms.contains(r < limit ? w[r].key : "") ? complement(w, from: r, limit: limit) : r
            var p = namePhrase(w, n..<e, start: x.start)
            p.hasDeterminer = true
            return withApposition(w, p, limit: limit)
        }
        if !indefinite, !plural, n == k + 1, Self.indefiniteIDs.contains(w[n].keyID) {
            // (`l’un d’entre eux`, `l’une des infirmières`: one of a group, someone the text does not name)
            let e = complement(w, from: n + 1, limit: limit)
            var p = SpeakerPhrase(form: .unnamed, start: x.start, end: w[e - 1].end, nextWord: e)
            p.role = text(x.start, w[e - 1].end)
            return p
        }
        if generic, !indefinite, !w[n].isCapitalized,
           let noun = commonNoun(nounKey) ?? (morphology.analyses(nounKey).isEmpty && nounKey.count > 2 ? (nounKey, nil) : nil) {
            return genericRolePhrase(w, d, noun: noun, limit: limit)
        }
        if indefinite, !w[n].isCapitalized, isNoun(nounKey) {
            let e = complement(w, from: n + 1, limit: limit)
            var p = SpeakerPhrase(form: .unnamed, start: x.start, end: w[e - 1].end, nextWord: e)
            p.role = text(w[n].start, w[e - 1].end)
            p.roleLemma = commonNoun(nounKey)?.lemma  // un locataire: someone, unnamed
            return p
        }
        return nil
    }

    /// `le maire Labeaume`, `le ministre de l’Intérieur Gérald Darmanin`, `le porte-parole du gouvernement, Gabriel
    /// Attal,`, `son porte-parole`: a role noun, its complement and the name it gives.
    private func rolePhrase(_ w: [QuoteItem], _ d: Determined, role: QuoteLexicon.RoleNoun, limit: Int) -> SpeakerPhrase? {
        let k = d.k, n = d.n, x = w[d.k], indefinite = d.indefinite, plural = d.plural, possessive = d.possessive, demonstrative = d.demonstrative
        var p = SpeakerPhrase(form: indefinite ? .unnamed : .role, start: x.start, end: w[n].end, nextWord: n + 1)
        p.roleLemma = role.lemma
        p.roleGender = plural ? nil : role.gender ?? (role.genderless ? nil : determinerGender(d.key))
        p.roleGenderFromDeterminer = role.gender == nil && p.roleGender != nil
        p.isDemonstrative = demonstrative
        p.isPlural = plural
        p.roleQualifiers = w[(k + 1)..<n].map(\.key)
        var e = n + 1
        // l’échevine écologiste Nathalie Wuidar, le conseiller communal sortant Paul Roux: post-nominal
        // adjectives between the role and the name belong to the role.
        var a = e
        while a < limit, a - e < 3, w[a].isWord, !w[a].isCapitalized, isPostnominalAdjective(w[a].key) { a += 1 }
        if a > e, !indefinite, personName(w, at: a, limit: limit) != nil { e = a }
        if !indefinite, var name = personName(w, at: e, limit: limit) {
            // le maire Labeaume, la sociologue Dr Inès Vautrin; le député LFI François Ruffin
            var party: String?
            if name.nameWords.count >= 2, name.titleGender == nil, let first = name.nameWords.first, first.count >= 2,
               first.allSatisfy({ $0.isUppercase || $0 == "-" }) || name.nameWords.count >= 3 && !isFirstNameWord(first) && isFirstNameWord(name.nameWords[1]),
               let rest = personName(w, at: e + 1, limit: limit) {
                // le député LFI François Ruffin, le député Ecolo Thomas Lambrechts
                party = first
                name = rest
                e += 1
            }
            let titleGender = name.titleGender
            p = merge(name, role: p)
            p.start = x.start
            p.titleGender = titleGender
            p.role = text(w[n].start, w[e - 1].end)
            if let party { p.organisation = party }
            return withApposition(w, p, limit: limit)
        }
        e = complement(w, from: e, limit: limit)
        p.role = text(w[n].start, w[e - 1].end)
        p.end = w[e - 1].end
        p.nextWord = e
        p.roleQualifiers += w[(n + 1)..<e].filter { $0.isWord && !Self.particles.contains($0.key) && !Self.definite.contains($0.key) }.map(\.key)
        if let o = organisationIn(w, n + 1..<e) { p.organisation = o }
        if !indefinite, let name = personName(w, at: e, limit: limit) {
            // le ministre de l’Intérieur Gérald Darmanin
            let role = p
            p = merge(name, role: role)
            p.start = x.start
            p.titleGender = name.titleGender
            return withApposition(w, p, limit: limit)
        }
        if !indefinite, !plural, let named = apposedName(w, after: e, limit: limit) {
            // le porte-parole du gouvernement, Gabriel Attal, / la cheffe de l’opposition à l’hôtel de ville, Marie-Ève Pelletier.
            // Sa collègue sénatrice, Anne Garreau,: the apposed name is the person.
            let role = p
            p = merge(named, role: role)
            p.titleGender = named.titleGender
            return p
        }
        // son porte-parole, sa voisine: somebody else than the one named before (unless the role has one holder).
        if possessive { p.form = plural ? .unnamed : .role; p.isPossessive = true }
        return p
    }

    /// `la Région Provence-Alpes-Côte d’Azur`, `la préfecture du Calvados`, `le service urbanisme de la Ville`.
    private func organisationPhrase(_ w: [QuoteItem], _ d: Determined, noun nounKey: String, limit: Int) -> SpeakerPhrase? {
        let n = d.n, x = w[d.k], indefinite = d.indefinite, possessive = d.possessive
        // la Région Provence-Alpes-Côte d’Azur, l’université Lumière Lyon 2, la préfecture du Calvados
        var e = n + 1
        if let r = nameRun(w, from: e, limit: limit), !(personName(w, at: e, limit: limit).map { isPersonName($0.nameWords) } ?? false) {
            e = r
        } else if Self.subUnitNouns.contains(nounKey), e + 1 < limit, w[e].isWord, !w[e].isCapitalized, !isFiniteVerb(w[e].key),
                  !Self.complementStops.contains(w[e].key), Self.deForms.contains(w[e + 1].key), isNoun(w[e].key) {
            e += 1  // le service communication de l’agglomération, le service urbanisme de la Ville
        }
        e = complement(w, from: e, limit: limit)
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

    /// `le magistrat`, `la sénatrice`, `l’eurodéputé Raphaël Glucksmann`: a common noun after a determiner, as after a cue.
    private func genericRolePhrase(_ w: [QuoteItem], _ d: Determined, noun: (lemma: String, gender: SpeakerGender?), limit: Int) -> SpeakerPhrase? {
        let k = d.k, n = d.n, x = w[d.k], plural = d.plural, possessive = d.possessive, demonstrative = d.demonstrative
        // le magistrat, la sénatrice: a role the document may have given before.
        let e = complement(w, from: n + 1, limit: limit)
        var p = SpeakerPhrase(form: possessive ? .unnamed : .role, start: x.start, end: w[e - 1].end, nextWord: e)
        p.roleLemma = noun.lemma
        p.roleGender = plural ? nil : noun.gender ?? determinerGender(d.key)
        p.isDemonstrative = demonstrative
        p.isPlural = plural
        p.roleQualifiers = w[(k + 1)..<n].map(\.key) + w[(n + 1)..<e].filter { $0.isWord && !Self.particles.contains($0.key) && !Self.definite.contains($0.key) }.map(\.key)
        p.role = text(w[n].start, w[e - 1].end)
        if !possessive, e == n + 1, let name = personName(w, at: e, limit: limit) {
            // l’eurodéputé Raphaël Glucksmann
            let role = p
            p = merge(name, role: role)
            p.start = x.start
            p.titleGender = name.titleGender
            return withApposition(w, p, limit: limit)
        }
        if !plural, let named = apposedName(w, after: e, limit: limit) {
            // l’autre coprésident·e du collectif, Alex Ferrand, / sa voisine, Martine Le Bihan,
            let role = p
            p = merge(named, role: role)
            p.titleGender = named.titleGender
            return p
        }
        if possessive && !plural { p.form = .role; p.isPossessive = true }
        return p
    }

    /// `, Gabriel Attal,` after a role, possibly after a place (`à l’hôtel de ville, Marie-Ève Pelletier.`) or a
    /// bracket (`du Conseil central (CCMM–CSN), Dominique Daigneault`).
    private func apposedName(_ w: [QuoteItem], after start: Int, limit: Int) -> SpeakerPhrase? {
        var e = start
        // Sa collègue sénatrice, Anne Garreau / le maire adjoint, Paul Roux: a second role noun or an adjective.
        while e < limit, e - start < 2, w[e].isWord, !w[e].isCapitalized, table.roleNouns[w[e].key] != nil || isPostnominalAdjective(w[e].key) { e += 1 }
        // la présidente du Conseil central (CCMM–CSN), Dominique Daigneault: an acronym or a party in brackets.
        if e < limit, w[e].key == "(", let close = (e + 1..<min(limit, e + 8)).first(where: { w[$0].key == ")" }) { e = close + 1 }
        if e < limit, w[e].isWord, SpeakerPhraseParser.quoteAffiliationPrepositions.contains(w[e].key) {
            var k = e + 1
            while k < limit, k - e < 8, w[k].isWord, !isFiniteVerb(w[k].key) { k += 1 }
            e = k
        }
        guard e + 1 < limit, w[e].key == ",", let name = personName(w, at: e + 1, limit: limit),
              name.nextWord >= limit || w[name.nextWord].isBoundary else { return nil }
        return name
    }

    /// A person's name at `e`, with its title if any (`Mme Louise-Anne Perrotin`, `Dr Inès Vautrin`, `Nadia Ferhat`).
    private func personName(_ w: [QuoteItem], at e: Int, limit: Int) -> SpeakerPhrase? {
        guard e < limit else { return nil }
        if w[e].isTitle, let r = nameRun(w, from: e + 1, limit: limit) ?? particleNameRun(w, from: e + 1, limit: limit) {
            var p = namePhrase(w, (e + 1)..<r, start: w[e].start)
            p.titleGender = titleGender(w[e].key)
            return p
        }
        guard let r = nameRun(w, from: e, limit: limit) else { return nil }
        return namePhrase(w, e..<r, start: w[e].start)
    }

    /// After a title, a surname opening with its particle: `Mme de Valmont`, `M. d’Ornano`, `M. van Damme` (end, exclusive).
    private func particleNameRun(_ w: [QuoteItem], from i: Int, limit: Int) -> Int? {
        guard i + 1 < limit, w[i].isWord, !w[i].isCapitalized, Self.singularDeForms.contains(w[i].key) || Self.nameParticles.contains(w[i].key),
              let r = nameRun(w, from: i + 1, limit: limit) else { return nil }
        return r
    }

    private func titleGender(_ key: String) -> SpeakerGender? {
        table.titles[key.hasSuffix(".") ? String(key.dropLast()) : key]
    }

    private func namePhrase(_ w: [QuoteItem], _ r: Range<Int>, start: Int) -> SpeakerPhrase {
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
        p.roleGenderFromDeterminer = role.roleGenderFromDeterminer
        p.role = role.role
        p.organisation = role.organisation
        return p
    }

    /// `de la région`, `du Calvados`, `de l’union nationale des étudiants de France`: end (exclusive).
    func complement(_ w: [QuoteItem], from start: Int, limit: Int) -> Int {
        // Adjectives after the noun first: la préfecture girondine, le maire adjoint, la police nationale.
        var e = start
        while e < limit, e - start < 2, w[e].isWord, !w[e].isCapitalized, isPostnominalAdjective(w[e].key) { e += 1 }
        guard e < limit, w[e].isWord, Self.deForms.contains(w[e].key) else { return e }
        var k = e + 1
        var count = 0
        while k < limit, w[k].isWord || w[k].kind != .punctuation && !w[k].isQuote, count < 9 {
            // de commerce et d’industrie, des ports et docks: a coordinated complement goes on.
            if w[k].isWord, QuoteFunctionWords.coordinatingAnd.contains(w[k].key), k + 1 < limit, w[k + 1].isWord, !w[k + 1].isCapitalized || Self.deForms.contains(w[k + 1].key) {
                k += 1; count += 1; continue
            }
            if w[k].isWord, Self.complementStops.contains(w[k].key) || !w[k].isCapitalized && isFiniteVerb(w[k].key) { break }
            // des producteurs de lait s’inquiète: a reflexive or negated verb ends the complement.
            if w[k].isWord, QuoteFunctionWords.reflexiveOrNegation.contains(w[k].key) { break }
            // l’économiste des transports Anne-Catherine Servais: the name is not part of the complement.
            if k > e + 1, w[k].isTitle || (w[k].isCapitalized && isFirstNameWord(w[k].text) && k + 1 < limit && isNameWord(w, k + 1)) { break }
            k += 1; count += 1
        }
        // A complement ends on a content word, not on a dangling article.
        while k > e + 1, w[k - 1].isWord, Self.definite.contains(w[k - 1].key) || Self.deForms.contains(w[k - 1].key) { k -= 1 }
        return k > e + 1 ? k : e
    }

    /// The organisation named in a role text: the name after `à`, `de`, `chez` (`à Amnesty International`).
    func organisationIn(_ w: [QuoteItem], _ r: Range<Int>) -> String? {
        organisationSplit(w, r)?.organisation
    }

    private func organisationSplit(_ w: [QuoteItem], _ r: Range<Int>) -> (prepStart: Int, organisation: String)? {
        var best: (prepStart: Int, organisation: String, score: Int)?
        var i = r.lowerBound
        while i < r.upperBound {
            let key = w[i].key
            if w[i].isWord, SpeakerPhraseParser.quoteRoleComplementPrepositions.contains(key) {
                var n = i + 1
                if n < r.upperBound, QuoteFunctionWords.definiteArticle.contains(w[n].key) { n += 1 }
                if let e = nameRun(w, from: n, limit: r.upperBound) {
                    let words = w[n..<e].map(\.text)
                    let org = isOrganisationName(words)
                    // A bare name after `à` is often a place (éleveur à Redon); an institution takes an article.
                    let institution = QuoteFunctionWords.institutionPreposition.contains(key) || (QuoteFunctionWords.articleTakingPreposition.contains(key) && n > i + 1)
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
    func roleAndOrganisation(_ w: [QuoteItem], _ r: Range<Int>) -> (role: String?, organisation: String?) {
        guard !r.isEmpty else { return (nil, nil) }
        // X, 85 ans, …: an age is not a role.
        if w[r.lowerBound].key.unicodeScalars.first.map({ $0.properties.numericType != nil }) ?? false { return (nil, nil) }
        if let split = organisationSplit(w, r) {
            let role = split.prepStart > r.lowerBound ? text(w[r.lowerBound].start, w[split.prepStart - 1].end) : nil
            return (role, split.organisation)
        }
        return (text(w[r.lowerBound].start, w[r.upperBound - 1].end), nil)
    }

    /// True when word `i` can open an apposition (`spécialiste de…`, `Haut-Commissaire aux…`, `la directrice de…`).
    func isAppositionStart(_ w: [QuoteItem], _ i: Int, limit: Int) -> Bool {
        guard i < limit, w[i].isWord else { return false }
        if isDescriptiveApposition(w, i) { return true }
        let key = w[i].key
        if table.roleNouns[key] != nil { return true }
        if key.unicodeScalars.first.map({ $0.properties.numericType != nil }) ?? false { return true }  // X, 45 ans, raconte
        if Self.modifiers.contains(key), i + 1 < limit, table.roleNouns[w[i + 1].key] != nil || isNoun(w[i + 1].key) { return true }
        if Self.definite.contains(key) || Self.indefinite.contains(key) {
            var n = i + 1
            while n < limit, Self.modifiers.contains(w[n].key) { n += 1 }
            return n < limit && table.roleNouns[w[n].key] != nil
        }
        if w[i].isCapitalized || table.pronouns[key] != nil { return false }
        guard morphology.isAvailable else { return false }
        let a = morphology.analyses(key)
        return a.contains { $0.isNoun } && !a.contains { $0.isVerb && !$0.isPastParticiple }
            && !a.contains { $0.tags.contains(where: QuoteFunctionWords.grammaticalWordTag.contains) }
    }

    /// An apposition that describes without giving a role: a relative clause (`, qui soutient le mouvement,`)
    /// or a participle (`, réuni à New York,`, `, interrogé par franceinfo,`).
    func isDescriptiveApposition(_ w: [QuoteItem], _ i: Int) -> Bool {
        let key = w[i].key
        if Self.relativePronouns.contains(key) { return true }
        guard !w[i].isCapitalized, table.roleNouns[key] == nil, morphology.isAvailable else { return false }
        let a = morphology.analyses(key)
        return a.contains { $0.isPastParticiple } && !a.contains { $0.isNoun || $0.tags.contains(where: QuoteFunctionWords.grammaticalWordTag.contains) }
            && !a.contains { $0.isVerb && $0.tags.contains(where: CueVerbMatcher.finiteTags.contains) }
    }

    /// Adds the role and organisation of a `, apposition,` after a name.
    private func withApposition(_ w: [QuoteItem], _ phrase: SpeakerPhrase, limit: Int) -> SpeakerPhrase {
        var p = phrase
        let c = p.nextWord
        guard c + 1 < limit, w[c].key == ",", isAppositionStart(w, c + 1, limit: limit) else { return p }
        var e = c + 1
        var depth = 0
        while e < limit, e - c < 24, !w[e].isQuote {
            // (ULiège): a parenthesis inside the apposition.
            if w[e].key == "(" { depth += 1 } else if w[e].key == ")" { if depth == 0 { break }; depth -= 1 }
            else if depth == 0, w[e].isPunctuation, Self.boundaryPunctuation.contains(w[e].key), w[e].key != "-" { break }
            e += 1
        }
        if isDescriptiveApposition(w, c + 1) {
            p.nextWord = e
            return p
        }
        let (role, org) = roleAndOrganisation(w, c + 1..<e)
        if p.role == nil { p.role = role }
        if p.organisation == nil { p.organisation = org }
        if p.roleGender == nil, let role = table.roleNouns[w[c + 1].key] { p.roleGender = role.gender }
        if p.roleGender == nil, table.roleNouns[w[c + 1].key] == nil, let noun = morphology.analyses(keyOf: w[c + 1]).first(where: { $0.isNoun }),
           noun.gender == .feminine, !noun.lemma.isEmpty, noun.lemma != w[c + 1].key {
            p.roleGender = .female  // X, maîtresse de conférences: a feminine form of a noun that has both
        }
        if p.roleLemma == nil { p.roleLemma = table.roleNouns[w[c + 1].key]?.lemma ?? commonNoun(w[c + 1].key)?.lemma }
        p.nextWord = e
        return p
    }

    /// `rencontré à Vénissieux`, `de Lyon`: a participle or a preposition with its place, ending the subject
    /// (`Un locataire rencontré à Vénissieux témoigne`).
    private func isPlaceTail(_ w: [QuoteItem], _ from: Int, through j: Int) -> Bool {
        guard from <= j, j - from < 8 else { return false }
        var k = from
        if w[k].isWord, !w[k].isCapitalized, isDescriptiveApposition(w, k) { k += 1 }
        guard k <= j, w[k].isWord, SpeakerPhraseParser.quotePlacePrepositions.contains(w[k].key) else { return false }
        guard k < j else { return false }
        return ((k + 1)...j).allSatisfy { w[$0].isWord && !isFiniteVerb(w[$0].key) }
    }

    /// The subject before a cue verb group starting at word `v`, no further back than `lower`.
    func backward(_ w: [QuoteItem], verbStart v: Int, lower: Int) -> SpeakerPhrase? {
        var j = v - 1
        var clitics = 0
        while j >= lower, w[j].isWord, clitics < 2, Self.clitics.contains(w[j].key) { j -= 1; clitics += 1 }
        guard j >= lower else { return nil }
        let closing = j
        j = beforeParenthesis(w, j, lower: lower)
        if w[j].isWord, table.pronouns[w[j].key] != nil, !w[j].isInverted {
            var p = SpeakerPhrase(form: .pronoun, start: w[j].start, end: w[j].end, nextWord: j + 1)
            p.pronoun = w[j].key
            return p
        }
        if let named = unclosedApposition(w, j, lower: lower) { return named }
        var apposition: (role: String?, organisation: String?, gender: SpeakerGender?, lemma: String?)?
        if w[j].key == "," {
            var b = beforeParenthesis(w, j - 1, lower: lower)
            while b >= lower, !(w[b].isPunctuation && [",", "(", ":", ";", "—", "–"].contains(w[b].key)), !w[b].isQuote { b -= 1 }
            let segmentStart = b + 1
            guard segmentStart < j else { return nil }
            if b >= lower, w[b].key == ",", isDescriptiveApposition(w, segmentStart) {
                j = b - 1
            } else if b >= lower, w[b].key == ",", isAppositionStart(w, segmentStart, limit: j) {
                let (role, org) = roleAndOrganisation(w, segmentStart..<j)
                let noun = table.roleNouns[w[segmentStart].key]
                apposition = (role, org, noun?.gender, noun?.lemma)
                j = b - 1
            } else {
                j -= 1
            }
            if j >= lower { j = beforeParenthesis(w, j, lower: lower) }
        }
        let skippedParenthesis = j < closing && (j + 1...closing).contains { w[$0].key == ")" }
        guard j >= lower else { return nil }
        var result: SpeakerPhrase?
        // The widest phrase ending just before the verb: « Un conseiller du garde des Sceaux », « le maire Labeaume », « M. Türk ».
        var s = j
        while s >= max(lower, j - 12) {
            if w[s].isPunctuation || w[s].isQuote { break }
            if Self.definite.contains(w[s].key) || Self.indefinite.contains(w[s].key) || w[s].isTitle,
               let p = phrase(w, at: s, limit: j + 1, generic: true), p.nextWord == j + 1 || p.form != .pronoun && isPlaceTail(w, p.nextWord, through: j) {
                result = p
            }
            s -= 1
        }
        if result == nil, w[j].isWord, Self.indefinitePronouns.contains(w[j].key) {
            // Parmi eux, plusieurs disent avoir changé d’itinéraire « … »
            var p = SpeakerPhrase(form: .unnamed, start: w[j].start, end: w[j].end, nextWord: j + 1)
            p.isPlural = true
            p.roleLemma = w[j].key
            result = p
        }
        if result == nil, isNameWord(w, j) { result = nameEnding(at: j, w, lower: lower) }
        guard var p = result else { return nil }
        // (`… de la Communauté des États de l’Afrique de l’Ouest (Cédéao) avaient salué`: a name before a parenthesis that
        // follows `de` is a complement of the subject, not the subject)
        if skippedParenthesis, let first = (lower...j).first(where: { w[$0].start >= p.start }), first > lower, Self.deForms.contains(w[first - 1].key) {
            return nil
        }
        if let a = apposition {
            if p.role == nil { p.role = a.role }
            if p.organisation == nil { p.organisation = a.organisation }
            if p.roleGender == nil { p.roleGender = a.gender }
            if p.roleLemma == nil { p.roleLemma = a.lemma }
        }
        return p
    }
}

extension SpeakerPhraseParser {
    /// The name whose last word is `j` (particles and elided capitals inside it), read backwards from a verb; nil for a
    /// complement (`le ministre de la Culture et des Sports`), the first conjunct of a coordination (``firstConjunct``).
    func nameEnding(at j: Int, _ w: [QuoteItem], lower: Int) -> SpeakerPhrase? {
        var b = j
        while b - 1 >= lower, isNameWord(w, b - 1) || (w[b - 1].isWord && Self.particles.contains(w[b - 1].key) && b - 2 >= lower && isNameWord(w, b - 2))
                || (w[b - 1].isWord && w[b - 1].isElided && w[b - 1].isCapitalized && w[b - 1].end == w[b].start && b - 2 >= lower && isNameWord(w, b - 2)) {
            b -= 1
        }
        if b - 2 >= lower, w[b - 1].isWord, QuoteFunctionWords.coordinatingAnd.contains(w[b - 1].key), isNameWord(w, b - 2) {
            return firstConjunct(w, before: b - 1, lower: lower)
        }
        // (`le ministre de la Culture et des Sports a déclaré`: a complement, not the subject)
        if b - 1 >= lower, w[b - 1].isWord, Self.deForms.contains(w[b - 1].key) { return nil }
        if let r = nameRun(w, from: b, limit: j + 1), r == j + 1 { return namePhrase(w, b..<r, start: w[b].start) }
        return namePhrase(w, j..<(j + 1), start: w[j].start)
    }

    /// A name ending just before the `et` at word `and`, the left conjunct of a coordinated subject: `Julien Magamootoo et
    /// Mihidoiri Ali vont conclure` → the first of the people named (two words or more); `le ministre de la Santé,
    /// Hygiène et Prévention a fait part` → nil, a list of capitalised nouns names no one.
    func firstConjunct(_ w: [QuoteItem], before and: Int, lower: Int) -> SpeakerPhrase? {
        var a = and - 1
        while a - 1 >= lower, isNameWord(w, a - 1) { a -= 1 }
        guard and - a >= 2, let r = nameRun(w, from: a, limit: and), r == and else { return nil }
        return namePhrase(w, a..<r, start: w[a].start)
    }

    /// The word before a short parenthesis that ends at word `j` (`X (MR) évoque…`, `X, président du conseil (MR), évoque…`,
    /// `X (34 ans) raconte…`): an affiliation or an age between the subject and its verb; `j` itself otherwise.
    func beforeParenthesis(_ w: [QuoteItem], _ j: Int, lower: Int) -> Int {
        guard j > lower, w[j].key == ")" else { return j }
        var b = j - 1
        while b > lower, j - b <= 6, w[b].key != "(", w[b].key != ")", !w[b].isQuote { b -= 1 }
        return b > lower && w[b].key == "(" ? b - 1 : j
    }

    /// `Augustin Dupré, président national du Syntrac explique « … »`: a bare role apposition the verb closes, without
    /// a comma; the name before it is the subject, not the organisation ending the role.
    func unclosedApposition(_ w: [QuoteItem], _ j: Int, lower: Int) -> SpeakerPhrase? {
        guard w[j].isWord, let comma = stride(from: j, through: max(lower, j - 12), by: -1).first(where: { w[$0].isPunctuation || w[$0].isQuote }),
              w[comma].key == ",", comma > lower, comma < j, table.roleNouns[w[comma + 1].key] != nil,
              isNameWord(w, comma - 1), var named = backward(w, verbStart: comma, lower: lower), named.form == .name, !named.isOrganisation else { return nil }
        let (role, org) = roleAndOrganisation(w, (comma + 1)..<(j + 1))
        let noun = table.roleNouns[w[comma + 1].key]
        if named.role == nil { named.role = role }
        if named.organisation == nil { named.organisation = org }
        if named.roleGender == nil { named.roleGender = noun?.gender }
        if named.roleLemma == nil { named.roleLemma = noun?.lemma }
        return named
    }
}

extension SpeakerPhraseParser {
    /// Prepositions before the body a speaker works for (`chez`, `au`) (`quote_affiliation_prepositions.txt`).
    static let quoteAffiliationPrepositions: Set<String> = Set(LexicalTables.lines(.quoteAffiliationPrepositions))
}

extension SpeakerPhraseParser {
    /// Prepositions opening a role’s complement (`directrice de`, `auprès de`) (`quote_role_complement_prepositions.txt`).
    static let quoteRoleComplementPrepositions: Set<String> = Set(LexicalTables.lines(.quoteRoleComplementPrepositions))
}

extension SpeakerPhraseParser {
    /// Prepositions before a place or body in a speaker phrase (`quote_place_prepositions.txt`).
    static let quotePlacePrepositions: Set<String> = Set(LexicalTables.lines(.quotePlacePrepositions))
}

extension SpeakerPhraseParser {
    /// Lower-case words allowed inside a speaker’s organisation name (`quote_name_inner_words.txt`).
    static let quoteNameInnerWords: Set<String> = Set(LexicalTables.lines(.quoteNameInnerWords))
}
