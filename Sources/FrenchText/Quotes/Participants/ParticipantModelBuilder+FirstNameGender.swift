/// A gendered description re-naming a person whose gender only the first-name lexicon gave: `Yacine Fall a répondu à
/// la presse. La ministre a rappelé…` — the lexicon reads `Yacine` as a man's name, the text says `la ministre`. When no
/// person agreeing in gender fits the description (``describedNamedPerson(before:sentence:paragraph:gender:role:)``),
/// the one who fits but for that guess, named in that sentence or the one before (not after `de`), is the one re-named, and the description's gender becomes a stated one (a later
/// `elle` means her). A gender the text states (title, agreement, pronoun) still rules a person out.
///
/// ```swift
/// // "Yacine Fall a répondu à la presse. La ministre a rappelé que la région était stable."
/// model.participant(named: "Yacine Fall")?.gender   // .female
/// ```
extension ParticipantModelBuilder {
    /// The one named person fitting the description but for the first-name lexicon's gender, or nil.
    func describedOverFirstName(before offset: Int, sentence: Int, paragraph: Int, gender: SpeakerGender?,
                                role: (lemma: String, complement: Set<String>)) -> Int? {
        guard let gender, gender == .male || gender == .female else { return nil }
        let fitting = participants.filter { p in
            guard p.kind == .person, p.isNamed, p.roleLemmas.isEmpty || holds(p, role.lemma, role.complement) else { return false }
            guard !p.genderVotes.contains(where: { $0.key != .unknown && $0.value > 0 }), let guess = p.firstNameGender,
                  guess != gender, guess != .nonBinary else { return false }
            // (named in that sentence or the one before, as who acts, not after `de`: `Le mari de Delphine J. …` is not her)
            // (`Paul Mercier est arrivé tendu.`: a participle or adjective agreeing with the name states the gender after all)
            return p.mentions.contains { $0.span.start < offset && !$0.insideQuote && $0.paragraph == paragraph && $0.sentence >= sentence - 1
                && !followsDe($0.span.start) } && !p.mentions.contains { agreement(after: $0.span.end) == guess }
        }
        return fitting.count == 1 ? fitting[0].id : nil
    }

    /// The gender of a participle after être or an adjective among the three words after code point `end` in its
    /// sentence (`est arrivé tendu` → male; `a reçu` → nil); nil when none or epicene.
    func agreement(after end: Int) -> SpeakerGender? {
        guard let lexicon else { return nil }
        var t = document.tokenIndex(atOrAfter: end)
        guard t < keys.count else { return nil }
        let sentence = sentenceOf[t]
        var seen = 0
        var afterEtre = false
        while t < keys.count, seen < 3, sentenceOf[t] == sentence, document.tokens[t].kind == .word {
            if CueVerbMatcher.etreAuxiliaries.contains(keys[t]) {
                afterEtre = true
            } else if !isAuxiliary(t) {
                // (a participle agrees with the subject after être only: `a reçu` says nothing, `est arrivé` does)
                let analyses = lexicon.analyses(of: keys[t]).filter { afterEtre && $0.isPastParticiple || $0.isAdjective && !$0.isPastParticiple }
                if let g = analyses.first?.gender {
                    return analyses.allSatisfy({ $0.gender == g }) ? (g == .masculine ? .male : g == .feminine ? .female : nil) : nil
                }
                if !afterEtre { return nil }
            }
            t += 1
            seen += 1
        }
        return nil
    }

    /// The word before code point `start` is `de`, `du`, `des` or `d’`.
    func followsDe(_ start: Int) -> Bool {
        let t = document.tokenIndex(atOrAfter: start)
        return t > 0 && SpeakerPhraseParser.deForms.contains(keys[t - 1])
    }

    /// Records the gender a description states of the person it re-names over the first-name lexicon's guess.
    mutating func noteDescribedGender(_ id: Int, _ gender: SpeakerGender?) {
        guard let gender, gender == .male || gender == .female else { return }
        participants[id].genderVotes[gender, default: 0] += 1
    }
}
