import Foundation

/// Recognises a speech-verb group in the word view, in every tense, through the lexicon's
/// lemmas and the lemma list `cue_verbs.txt`.
///
/// ```swift
/// // "a déclaré", "déclare", "déclarait", "a-t-il déclaré", "ajoute-t-elle",
/// // "s’indignait", "s’est-elle indignée", "a encore rappelé", "précisant"
/// matcher.match(words, at: i)?.lemma   // "déclarer", …
/// ```
struct CueVerbMatcher {
    struct Match: Sendable, Hashable {
        enum Form: Sendable, Hashable {
            /// `déclare`, `a déclaré`, `déclarait`.
            case finite
            /// `précisant`, `ajoutant` (no subject of its own).
            case presentParticiple
            /// `salué` without auxiliary (`salué par Le Monde comme « … »`).
            case pastParticiple
        }
        /// Word indices of the group.
        var start: Int
        var end: Int
        var lemma: String
        var form: Form
        /// Index of the inverted subject pronoun (`a-t-il déclaré`, `ajoute-t-elle`), if any.
        var invertedPronoun: Int?
    }

    let morphology: MorphologyMemo
    let table: QuoteLexicon

    static let auxiliaries: Set<String> = Set(LexicalTables.lines(.quoteAvoirAuxiliaries))
    static let etreAuxiliaries: Set<String> = Set(LexicalTables.lines(.quoteEtreAuxiliaries))
    /// Words of the phrases slipped between the auxiliary and the participle:
    /// `a quant à elle estimé`, `a pour sa part rappelé`, `a de son côté indiqué`, `a lui aussi dénoncé`.
    static let inserts: Set<String> = Set(LexicalTables.lines(.quoteAuxiliaryInserts))
    static let finiteTags: Set<String> = QuoteFunctionWords.finiteTag

    struct Form { var lemma: String; var finite: Bool; var pastParticiple: Bool; var presentParticiple: Bool }

    /// What the matcher worked out about each word form: the analyses are read and their tags compared once per
    /// form, not at every place a cue is tried. With the shared lexicon the answers hold for the whole process
    /// (``shared``, behind a read-write lock: documents are analysed on several threads); with another lexicon
    /// (tests, no lexicon) each matcher keeps its own.
    final class Memo: @unchecked Sendable {
        /// Everything known about one form, packed (the shared memo keeps one per form of the process).
        private struct Entry {
            /// Which answers are known: 1 cue, 2 adverb, 4 reading.
            var known: UInt8 = 0
            var adverb = false
            var reading = Reading(auxiliary: false, finite: 0, participle: 0)
            /// The cue lemma's position in ``cueLemmaList`` plus one (0: not a cue).
            var cueLemma: UInt16 = 0
            /// 1 finite, 2 past participle, 4 present participle.
            var cueForms: UInt8 = 0
        }
        /// Indexed by form id (``QuoteItem/keyID``): a lookup is an array read, not a string hash.
        // (no dynamic exclusivity check at each read: every access holds the lock, or the memo is one extraction's)
        @exclusivity(unchecked) private var entries: [Entry] = []
        private static let cueLemmaList: [String] = QuoteLexicon.shared.cueLemmas.sorted()
        private static let cueLemmaIndex: [String: UInt16] =
            Dictionary(uniqueKeysWithValues: cueLemmaList.enumerated().map { ($0.element, UInt16($0.offset + 1)) })
        private let lock: UnsafeMutablePointer<pthread_rwlock_t>?

        static let shared = Memo(locked: true)

        init(locked: Bool = false) {
            if locked {
                let lock = UnsafeMutablePointer<pthread_rwlock_t>.allocate(capacity: 1)
                pthread_rwlock_init(lock, nil)
                self.lock = lock
            } else {
                lock = nil
            }
        }

        deinit {
            if let lock { pthread_rwlock_destroy(lock); lock.deallocate() }
        }

        private func entry(_ id: FormID) -> Entry? {
            let i = Int(id.rawValue)
            return read { i < entries.count ? entries[i] : nil }
        }

        /// Updates the entry of `id` (under the write lock), growing the table to hold it.
        private func update(_ id: FormID, _ body: (inout Entry) -> Void) {
            let i = Int(id.rawValue)
            write {
                if i >= entries.count { entries.append(contentsOf: repeatElement(Entry(), count: max(i + 1 - entries.count, entries.count))) }
                body(&entries[i])
            }
        }

        // Reads and writes apart, so that a hit builds no closure (a closure over the matcher copies it).
        func cue(_ key: FormID) -> Form?? {
            guard let e = entry(key), e.known & 1 != 0 else { return nil }
            guard e.cueLemma > 0 else { return .some(nil) }
            return Form(lemma: Self.cueLemmaList[Int(e.cueLemma) - 1], finite: e.cueForms & 1 != 0,
                        pastParticiple: e.cueForms & 2 != 0, presentParticiple: e.cueForms & 4 != 0)
        }

        func setCue(_ key: FormID, _ value: Form?) {
            var lemma: UInt16 = 0, forms: UInt8 = 0
            if let value {
                // A lemma outside the list (another table) is not kept: it is read again next time.
                guard let i = Self.cueLemmaIndex[value.lemma] else { return }
                lemma = i
                forms = (value.finite ? 1 : 0) | (value.pastParticiple ? 2 : 0) | (value.presentParticiple ? 4 : 0)
            }
            update(key) {
                $0.known |= 1
                $0.cueLemma = lemma
                $0.cueForms = forms
            }
        }

        func adverb(_ key: FormID) -> Bool? {
            guard let e = entry(key), e.known & 2 != 0 else { return nil }
            return e.adverb
        }

        func setAdverb(_ key: FormID, _ value: Bool) {
            update(key) {
                $0.known |= 2
                $0.adverb = value
            }
        }

        func reading(_ key: FormID) -> Reading? {
            guard let e = entry(key), e.known & 4 != 0 else { return nil }
            return e.reading
        }

        func setReading(_ key: FormID, _ value: Reading) {
            update(key) {
                $0.known |= 4
                $0.reading = value
            }
        }

        @inline(__always) private func read<T>(_ body: () -> T) -> T {
            if let lock { pthread_rwlock_rdlock(lock) }
            defer { if let lock { pthread_rwlock_unlock(lock) } }
            return body()
        }

        @inline(__always) private func write(_ body: () -> Void) {
            if let lock { pthread_rwlock_wrlock(lock) }
            defer { if let lock { pthread_rwlock_unlock(lock) } }
            body()
        }
    }

    /// What ``lightVerbGroup(_:from:end:)`` and ``match(_:at:limit:)`` ask of one word form: an avoir auxiliary
    /// (`a`), the lemma of a finite light verb (`fait` → `faire`), of a light verb's past participle (`tenu` → `tenir`).
    /// The lemmas are kept as positions in ``lightVerbList`` plus one (0: none): the process keeps one reading per form.
    struct Reading {
        var auxiliary: Bool
        var finite: UInt8
        var participle: UInt8
        var finiteLight: String? { finite == 0 ? nil : CueVerbMatcher.lightVerbList[Int(finite) - 1] }
        var participleLight: String? { participle == 0 ? nil : CueVerbMatcher.lightVerbList[Int(participle) - 1] }
    }
    static let lightVerbList: [String] = lightVerbs.sorted()
    private static func lightIndex(_ lemma: String?) -> UInt8 {
        lemma.flatMap { lightVerbList.firstIndex(of: $0) }.map { UInt8($0 + 1) } ?? 0
    }

    /// The reading of word `i`'s form, once per form (words without a form id are read each time).
    private func reading(_ w: [QuoteItem], _ i: Int) -> Reading {
        let id = w[i].keyID
        guard id.rawValue != 0 else { return readReading(w[i].key) }
        if let known = memo.reading(id) { return known }
        let value = readReading(w[i].key)
        memo.setReading(id, value)
        return value
    }

    private func readReading(_ key: String) -> Reading {
        let analyses = morphology.analyses(key)
        let r = Reading(auxiliary: Self.auxiliaries.contains(key),
                        finite: Self.lightIndex(analyses.first { $0.isVerb && Self.lightVerbs.contains($0.lemma) && $0.tags.contains(where: Self.finiteTags.contains) }?.lemma),
                        participle: Self.lightIndex(analyses.first { $0.isPastParticiple && Self.lightVerbs.contains($0.lemma) }?.lemma))
        return r
    }

    private let memo: Memo

    init(morphology: MorphologyMemo, table: QuoteLexicon) {
        self.morphology = morphology
        self.table = table
        // QuoteLexicon has one instance: the answers depend on the lexicon alone.
        memo = morphology.lexicon != nil && morphology.lexicon === Lexicon.shared ? .shared : Memo()
    }

    /// The cue-verb reading of word `i`, if any (read in place, like ``reading(_:_:)``).
    private func cue(_ w: [QuoteItem], _ i: Int) -> Form? {
        let id = w[i].keyID
        guard id.rawValue != 0 else { return readCue(w[i].key) }
        if let known = memo.cue(id) { return known }
        let value = readCue(w[i].key)
        memo.setCue(id, value)
        return value
    }

    private func readCue(_ key: String) -> Form? {
        guard morphology.isAvailable else { return nil }
        var found: Form?
        for a in morphology.analyses(key) where a.isVerb && table.cueLemmas.contains(a.lemma) {
            var f = found ?? Form(lemma: a.lemma, finite: false, pastParticiple: false, presentParticiple: false)
            if a.tags.contains(where: Self.finiteTags.contains) { f.finite = true }
            if a.tags.contains(where: QuoteFunctionWords.pastParticipleTag.contains) { f.pastParticiple = true }
            if a.tags.contains(where: QuoteFunctionWords.presentParticipleTag.contains) { f.presentParticiple = true }
            found = f
        }
        return found
    }

    private func isAdverb(_ w: [QuoteItem], _ i: Int) -> Bool {
        let id = w[i].keyID
        if id.rawValue != 0, let known = memo.adverb(id) { return known }
        let key = w[i].key
        let value = morphology.isAvailable && !QuoteFunctionWords.complementizer.contains(key) && morphology.analyses(key).contains { $0.tags.contains(where: QuoteFunctionWords.adverbTag.contains) }
        if id.rawValue != 0 { memo.setAdverb(id, value) }
        return value
    }

    /// Any verb with an inverted subject pronoun (`tacle-t-il`, `a-t-elle balayé`, `pouvait-on lire`): right after
    /// a quote, the inversion itself marks the attribution, whatever the verb. The lemma is the verb's.
    ///
    /// Right after a quote, the pronoun may come without its hyphen (`», dit il`, `», s’est il adressé`) and the
    /// verb may be reflexive (`», s’est-elle adressée à la foule`): the inversion marks the attribution all the same.
    func inversion(_ w: [QuoteItem], at start: Int, limit: Int? = nil) -> Match? {
        let end = min(limit ?? w.count, w.count)
        var i = start
        if i < end, QuoteFunctionWords.reflexivePronoun.contains(w[i].key) { i += 1 }  // s’est-il adressé, se dit-elle
        guard i + 1 < end, w[i].isWord, !w[i].isCapitalized, isInvertedPronoun(w, i + 1) else { return nil }
        let verb = morphology.analyses(keyOf: w[i]).first { $0.isVerb && $0.tags.contains(where: Self.finiteTags.contains) }
        guard let verb else { return nil }
        var m = Match(start: start, end: i + 2, lemma: verb.lemma, form: .finite, invertedPronoun: i + 1)
        // a-t-elle balayé: the participle's lemma is the one that says how it was said.
        let auxiliary = Self.auxiliaries.contains(w[i].key) || i > start && Self.etreAuxiliaries.contains(w[i].key)
        if auxiliary, i + 2 < end, w[i + 2].isWord,
           let p = morphology.analyses(keyOf: w[i + 2]).first(where: { $0.isPastParticiple && $0.isVerb }) {
            m.end = i + 3
            m.lemma = p.lemma
        }
        return m
    }

    /// The subject pronoun of an inversion: `-t-il` as the tokenizer split it, or a bare lower-case subject pronoun
    /// (`il`, `elle`, `iel`; not `on`, too often the subject of what follows) written without its hyphen.
    private func isInvertedPronoun(_ w: [QuoteItem], _ k: Int) -> Bool {
        if w[k].isInverted { return true }
        guard w[k].isWord, !w[k].isCapitalized, let gender = table.pronouns[w[k].key] else { return false }
        return gender != .unknown
    }

    /// The lemma of a lower-case finite verb at `i` (`balaie` → `balayer`), if any.
    func finiteVerbLemma(_ w: [QuoteItem], at i: Int) -> String? {
        guard i < w.count, w[i].isWord, !w[i].isCapitalized, !w[i].isElided else { return nil }
        return morphology.analyses(keyOf: w[i]).first { $0.isVerb && $0.tags.contains(where: Self.finiteTags.contains) }?.lemma
    }

    /// Light verbs that carry a speech infinitive: `fait savoir`, `tient à préciser`, `veut croire`.
    static let lightVerbs: Set<String> = Set(LexicalTables.lines(.quoteLightVerbs))
    /// Infinitives that make speech after a light verb besides the cue verbs (`fait valoir`, `veut croire`).
    static let lightInfinitives: [String: Set<String>] = LexicalTables.rows(.quoteLightInfinitives)
        .filter { $0.count >= 2 }.reduce(into: [:]) { $0[$1[0], default: Set()].insert($1[1]) }

    /// `fait savoir X`, `a tenu à rappeler X`, `veut croire X`, `fait-il valoir`: the group as one cue
    /// (lemma `faire savoir`, or the infinitive's when it is a cue verb itself: `tenir à préciser` → `préciser`).
    func lightVerbGroup(_ w: [QuoteItem], from i: Int, end: Int) -> Match? {
        guard morphology.isAvailable, i < end, w[i].isWord, !w[i].isCapitalized else { return nil }
        var k = i
        var inverted: Int?
        var light: String?
        let first = reading(w, k)
        if first.auxiliary {
            k += 1
            if k < end, w[k].isInverted { inverted = k; k += 1 }
            guard k < end, w[k].isWord else { return nil }
            light = reading(w, k).participleLight
        } else {
            light = first.finiteLight
        }
        guard let light else { return nil }
        k += 1
        if k < end, w[k].isInverted { inverted = inverted ?? k; k += 1 }
        if k < end, w[k].isWord, QuoteFunctionWords.lightAdverb.contains(w[k].key) { k += 1 }
        if QuoteFunctionWords.lightVerbTakingA.contains(light) {
            guard k < end, w[k].key == "à" else { return nil }
            k += 1
        } else if QuoteFunctionWords.lightVerbTakingDe.contains(light) {
            guard k < end, QuoteFunctionWords.deElided.contains(w[k].key) else { return nil }
            k += 1
        } else if QuoteFunctionWords.lightVerbTakingEn.contains(light) {
            guard k < end, QuoteFunctionWords.enWord.contains(w[k].key) else { return nil }
            k += 1
        }
        // (`tentait de leur expliquer`, `tient à nous rappeler`: an object pronoun before the infinitive)
        if k > i + 1, k < end, w[k].isWord, Self.objectClitics.contains(w[k].key), k + 1 < end { k += 1 }
        guard k < end, w[k].isWord else { return nil }
        let infinitive = w[k].key
        if table.cueLemmas.contains(infinitive) {
            return Match(start: i, end: k + 1, lemma: infinitive, form: .finite, invertedPronoun: inverted)
        }
        guard Self.lightInfinitives[light]?.contains(infinitive) == true else { return nil }
        return Match(start: i, end: k + 1, lemma: light + " " + infinitive, form: .finite, invertedPronoun: inverted)
    }

    /// Object pronouns between a light verb and its infinitive (`quote_clitics.txt`).
    static let objectClitics: Set<String> = SpeakerPhraseParser.clitics

    /// ``QuoteFunctionWords/reflexivePronoun`` as interned keys, tested at every word a cue may start at.
    private static let reflexivePronouns = FormSet(forms: QuoteFunctionWords.reflexivePronoun)

    /// The cue group starting at word `i`, not running past `limit`.
    func match(_ w: [QuoteItem], at i: Int, limit: Int? = nil) -> Match? {
        let end = min(limit ?? w.count, w.count)
        guard i < end, w[i].isWord else { return nil }
        var j = i
        var reflexive = false
        if Self.reflexivePronouns.contains(w[j].keyID) {  // (a word: its key interned)
            reflexive = true
            j += 1
            guard j < end, w[j].isWord else { return nil }
        }
        if !reflexive, let m = lightVerbGroup(w, from: i, end: end) { return m }
        let key = w[j].key
        // Compound tenses: a déclaré, a-t-il déclaré, s’est indignée, a encore rappelé.
        if reading(w, j).auxiliary || (reflexive && Self.etreAuxiliaries.contains(key)) {
            var k = j + 1
            var inverted: Int?
            if k < end, w[k].isInverted { inverted = k; k += 1 }
            var adverbs = 0
            while k < end, w[k].isWord, adverbs < 4, cue(w, k).map({ !$0.pastParticiple }) ?? true,
                  isAdverb(w, k) || Self.inserts.contains(w[k].key) {
                k += 1; adverbs += 1
            }
            if k < end, w[k].isWord, let f = cue(w, k), f.pastParticiple,
               !reflexive || table.reflexiveCueLemmas.contains(f.lemma) || Self.auxiliaries.contains(key) {
                return Match(start: i, end: k + 1, lemma: f.lemma, form: .finite, invertedPronoun: inverted)
            }
            return nil
        }
        guard let f = cue(w, j) else { return nil }
        if reflexive, !table.reflexiveCueLemmas.contains(f.lemma) { return nil }
        if f.finite {
            var m = Match(start: i, end: j + 1, lemma: f.lemma, form: .finite)
            if j + 1 < end, w[j + 1].isInverted { m.invertedPronoun = j + 1; m.end = j + 2 }
            return m
        }
        if f.presentParticiple {
            return Match(start: i, end: j + 1, lemma: f.lemma, form: .presentParticiple)
        }
        if f.pastParticiple, !reflexive {
            return Match(start: i, end: j + 1, lemma: f.lemma, form: .pastParticiple)
        }
        return nil
    }
}
