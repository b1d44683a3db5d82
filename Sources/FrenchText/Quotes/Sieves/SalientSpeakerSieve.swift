/// Stage 1, `salient-speaker`: the last resort, with low confidence — the most salient person before the quote:
/// the subject of its sentence or the one before, else the last person named in the sentence before (in the same
/// paragraph), else the last speaker, else the last person named. `…, Laurette Onkelinx, a tenu des propos clairs.
/// « Je suis vraiment choquée… »` → Laurette Onkelinx.
///
/// Not for a quote in a line announcing another article (`• À lire aussi : Grève : « … »`, ``isTeaserLine(_:_:)``): that
/// article's headline, whose speaker the page does not give.
enum SalientSpeakerSieve {
    /// Lookup keys of the words opening a teaser line (`quote_teaser_leads.txt`), each lead as its words.
    static let teaserLeads: [[String]] = LexicalTables.lines(.quoteTeaserLeads).map { $0.split(separator: " ").map { LookupKey.make($0) } }

    /// The quote's paragraph opens with a teaser lead (`•`, `À lire aussi`).
    static func isTeaserLine(_ q: Quote, _ document: Document) -> Bool {
        guard q.paragraphIndex < document.paragraphs.count else { return false }
        let tokens = document.tokens
        let keys = document.paragraphs[q.paragraphIndex].tokenRange.prefix(4).map { LookupKey.make(tokens[$0].text) }
        return teaserLeads.contains { lead in !lead.isEmpty && keys.starts(with: lead) }
    }

    /// Lookup keys of the nouns of legal texts (`quote_legal_text_nouns.txt`).
    static let legalTextNouns = Set(LexicalTables.lines(.quoteLegalTextNouns).map { LookupKey.make($0) })

    /// The quote's sentence opens with a definite legal text (`L’article 25.2 de la Charte prévoit que « … »`, `Le règlement
    /// stipule que « … »`): the text's own words, no person's.
    static func quotesALegalText(_ q: Quote, _ document: Document) -> Bool {
        let tokens = document.tokens
        guard let s = document.sentences.last(where: { $0.span.start <= q.span.start }) else { return false }
        let first = s.tokenRange.lowerBound
        guard first + 1 < s.tokenRange.upperBound, ParticipantLexicon.shared.determiners[LookupKey.make(tokens[first].text)]?.kind == .definite
        else { return false }
        return legalTextNouns.contains(LookupKey.make(tokens[first + 1].text))
    }

    static func speaker(of index: Int, _ input: LateAttribution.Input) -> Int? {
        let q = input.quotes[index]
        let model = input.model
        let sentence = model.sentence(at: q.span.start)
        let before = model.mentions(before: q.span.start, paragraphsBack: 0).filter {
            model.participants[$0.participant].kind == .person && model.participants[$0.participant].isNamed
        }
        if let subject = before.first(where: { $0.mention.isSubject && $0.mention.sentence >= sentence - 1 }) { return subject.participant }
        if let last = before.first(where: { $0.mention.sentence == sentence - 1 || $0.mention.sentence == sentence }) { return last.participant }
        let speakers = input.participants.filter { $0.key < index }.sorted { $0.key < $1.key }.map(\.value)
        return model.mostSalient(before: q.span.start, gender: nil, kind: .person, recentSpeakers: speakers)
    }
}
