/// Spans the annotation conventions leave untagged although they look like names; they take their words away
/// from the other candidates and are then dropped.
///
/// - a programme, fund, award, competition or storm after its lower-case head noun: `le prix Goncourt`,
///   `la tempête Alex`, `l’opération Barkhane` (`Fonds pour l’eau potable …`, capitalised, is read by
///   ``OrganisationRecognizer`` and marked there)
/// - the acronym a programme's name defines in brackets, everywhere in the document: `Fonds pour
///   l’infrastructure de transport en commun (FITC)` … `le FITC`
/// - an online platform: `TikTok`, `Instagram`
/// - a disease or epidemic, however capitalised: `le Covid-19`, `l’épidémie d’Ebola`, `Zika`
/// - a competition or league named like an organisation: `la Ligue des champions`, `la Coupe du monde`, `le Top 14`
/// - an agency's desk codes in brackets: `(INT, ECO, THA, fr)` (``codeList(at:)``)
/// - an event named in English: `One Planet Summit` (``event(endingAt:)``)
struct NonEntityRecognizer {
    let context: EntityContext

    /// Competitions by the key of their first word: each name's word keys (`ligue des champions`).
    private static let competitions: [String: [[String]]] = {
        var out = [String: [[String]]]()
        for line in LexicalTables.lines(.competitions) {
            let keys = line.split(separator: " ").map { LookupKey.make(String($0)) }
            out[keys[0], default: []].append(keys)
        }
        for k in out.keys { out[k]!.sort { $0.count > $1.count } }
        return out
    }()

    /// The end of a competition's name starting at `i` (`Ligue des champions`), or nil.
    func competitionEnd(at i: Int) -> Int? { Self.competitionEnd(at: i, in: words) }

    /// The end of a competition's name starting at `i` in `words`, or nil.
    static func competitionEnd(at i: Int, in words: [Word]) -> Int? {
        guard words[i].isCapitalized, let names = Self.competitions[words[i].keyText] else { return nil }
        for name in names where i + name.count <= words.count {
            if name.indices.allSatisfy({ words[i + $0].keyText == name[$0] && ($0 == 0 || !words[i + $0].sentenceStart) }) { return i + name.count }
        }
        return nil
    }

    private var words: [Word] { context.words }

    /// Names of diseases and epidemics (`covid-19`, `ebola`), as lookup keys.
    static let diseases: FormSet = FormSet(forms: LexicalTables.lines(.entityDiseaseNames))

    func candidates(after found: [EntityCandidate]) -> [EntityCandidate] {
        var out = [EntityCandidate]()
        var acronyms = Set<String>()
        for c in found where c.isNonEntity {
            // Fonds des priorités gouvernementales – volet Environnement (FPGST-E): a few words may come between.
            var k = c.range.upperBound
            while k < words.count, k - c.range.upperBound < 8, words[k].text != "(", !words[k].sentenceStart || words[k].wordClass == .word { k += 1 }
            if let open = context.word(k), open.text == "(", let a = context.word(k + 1), a.wordClass == .word, a.isAllCaps,
               let close = context.word(k + 2), close.text == ")" {
                acronyms.insert(a.text)
            }
        }
        for i in words.indices where words[i].form == OrganisationRecognizer.openingBracket {
            out += codeList(at: i)
        }
        for i in words.indices where words[i].wordClass == .word {
            let w = words[i]
            if let e = event(endingAt: i) {
                out.append(e)
            } else if let end = competitionEnd(at: i) {
                out.append(Self.nonEntity(i..<end, rule: .nonEntityCompetition))
            } else if context.tables.platforms.contains(w.form) || acronyms.contains(w.text) || Self.diseases.contains(w.key) {
                out.append(Self.nonEntity(i..<(i + 1), rule: .nonEntityName))
            } else if !w.isCapitalized, context.tables.programmeHeads.contains(w.key), let end = nameEnd(from: i + 1) {
                out.append(Self.nonEntity((i + 1)..<end, rule: .nonEntityProgramme))
            }
        }
        return out
    }

    /// The end of the one capitalised word at `k` (`Goncourt`, `Barkhane`; not the laureate in
    /// `prix Nobel Ales Bialiatski`), nil when there is none.
    private func nameEnd(from k: Int) -> Int? {
        guard let w = context.word(k), w.wordClass == .word, w.isCapitalized, !w.sentenceStart, !w.isAllCaps else { return nil }
        return k + 1
    }

    static func nonEntity(_ range: Range<Int>, rule: EntityRule) -> EntityCandidate {
        var c = EntityCandidate(range, .organisation, rule: rule, priority: EntityPriority.nonEntity)
        c.isNonEntity = true
        return c
    }
}
