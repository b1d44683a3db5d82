/// Stage 1, `conversation` (after stage 2): in an interview written as questions and answers, a quoted answer
/// belongs to the interviewee, the person the standfirst introduces; speakers alternate, question then answer.
///
/// A question is a paragraph ending with `?` (`Pourquoi la nappe baisse-t-elle ?`) or opening with a dash
/// (`— Que faut-il faire ?`); an answer is a quote opening the paragraph right after one (or after answer paragraphs
/// that follow one). The document must hold at least two questions, so that a rhetorical question before a quote in
/// a report does not make an interview. It also takes back an answer a weak sieve (a continuation, the paragraph's
/// subject) gave to someone else; when the text never names the interviewee, the answers keep no speaker
/// (``isUnnamedAnswer(_:_:)``).
///
/// ```text
/// Entretien avec Sophie Lambert, hydrologue. ¶ Pourquoi la nappe baisse-t-elle ? ¶ « La sécheresse dure… »
/// → Sophie Lambert
/// ```
enum ConversationSieve {
    /// Stage-1 rules an answer overrides (they carry a speaker from around, not from a cue).
    static let overridable: Set<QuoteRule> = [.continuation, .continuationPreviousParagraph, .continuationNext, .paragraphSubject]

    static func speaker(of index: Int, _ input: LateAttribution.Input) -> Int? {
        guard isAnswer(index, input) else { return nil }
        // A headline may itself ask (`Faut-il avoir peur de la sécheresse ?`): the standfirst ends at the first question
        // after someone is named.
        return questions(input.document).lazy.compactMap { interviewee(input.model, before: $0, input.document) }.first
    }

    /// The quote opens a paragraph right after a question (or after answer paragraphs following one), in a document
    /// asking at least two questions: an interview's answer.
    static func isAnswer(_ index: Int, _ input: LateAttribution.Input) -> Bool {
        let q = input.quotes[index]
        let document = input.document
        let p = q.paragraphIndex
        guard p > 0, p < document.paragraphs.count, opensParagraph(q, document), !isQuestion(q.span, document) else { return false }
        var back = p - 1
        while back > p - 4, back > 0, !isQuestion(document.paragraphs[back].span, document), opensWithQuote(back, document) { back -= 1 }
        return isQuestion(document.paragraphs[back].span, document) && questions(document).count >= 2
    }

    /// The paragraphs that ask.
    static func questions(_ document: Document) -> [Int] {
        document.paragraphs.indices.filter { isQuestion(document.paragraphs[$0].span, document) }
    }

    /// An answer of an interview whose interviewee the standfirst never names (`Quel est votre sentiment ? ¶ « … »`,
    /// `La présidente Claire Morel a salué votre travail. Qu’en pensez-vous ? ¶ « … »`): no one the text names said it,
    /// least of all a person the question talks about; its speaker stays unnamed.
    static func isUnnamedAnswer(_ index: Int, _ input: LateAttribution.Input) -> Bool {
        isAnswer(index, input) && !questions(input.document).contains { interviewee(input.model, before: $0, input.document) != nil }
    }

    /// The person the standfirst (the paragraphs before the first question, outside quotes) names most often, the
    /// earliest on a tie. A person a question talks about (`Comment jugez-vous la prestation de Paul Roux ?`,
    /// `La présidente Claire Morel a salué votre travail. Qu’en pensez-vous ?`) is not the one who answers; a question
    /// addressing the interviewee by name (`Mme Lemaire, comment expliquez-vous… ?`) names them.
    static func interviewee(_ model: ParticipantModel, before firstQuestion: Int, _ document: Document) -> Int? {
        var best: (id: Int, count: Int, start: Int)?
        let asking = Set(questions(document))
        for p in model.participants where p.kind == .person && p.isNamed {
            let intro = p.mentions.filter {
                $0.paragraph < firstQuestion && !$0.insideQuote && (!asking.contains($0.paragraph) || isVocative($0, document))
            }
            guard let first = intro.first else { continue }
            if best == nil || intro.count > best!.count || intro.count == best!.count && first.span.start < best!.start {
                best = (p.id, intro.count, first.span.start)
            }
        }
        return best?.id
    }

    /// The mention opens its paragraph (after a title at most) and a comma follows it: the question's addressee.
    static func isVocative(_ m: ParticipantMention, _ document: Document) -> Bool {
        let tokens = document.tokens
        let range = document.paragraphs[m.paragraph].tokenRange
        let start = document.tokenIndex(atOrAfter: m.span.start), end = document.tokenIndex(atOrAfter: m.span.end)
        guard start >= range.lowerBound, start - range.lowerBound <= 2, end < range.upperBound else { return false }
        return tokens[end].text == ","
    }

    /// The quote opens its paragraph (after a dash at most).
    static func opensParagraph(_ q: Quote, _ document: Document) -> Bool {
        let tokens = document.tokens
        let range = document.paragraphs[q.paragraphIndex].tokenRange
        guard let first = range.first(where: { tokens[$0].kind != .punctuation || !isDash(tokens[$0].text) }) else { return false }
        return tokens[first].kind == .quote && tokens[first].span.end <= q.span.start
            && !range.contains { $0 > first && tokens[$0].span.end <= q.span.start && tokens[$0].kind != .quote }
    }

    /// The paragraph opens with a quote mark (after a dash at most): part of an answer.
    static func opensWithQuote(_ p: Int, _ document: Document) -> Bool {
        let tokens = document.tokens
        let range = document.paragraphs[p].tokenRange
        return range.first { tokens[$0].kind != .punctuation || !isDash(tokens[$0].text) }.map { tokens[$0].kind == .quote } ?? false
    }

    /// The text of `span` ends with a question mark (closing marks after it aside), or opens with a dash and asks.
    static func isQuestion(_ span: TextSpan, _ document: Document) -> Bool {
        let tokens = document.tokens
        let lower = document.tokenIndex(atOrAfter: span.start)
        var k = lower
        while k < tokens.count, tokens[k].span.end <= span.end { k += 1 }
        var last = k - 1
        while last >= lower, tokens[last].kind == .quote { last -= 1 }
        guard last >= lower else { return false }
        if tokens[last].text.hasSuffix("?") { return true }
        return isDash(tokens[lower].text) && tokens[lower..<k].contains { $0.text.hasSuffix("?") }
    }

    static func isDash(_ text: String) -> Bool { text == "—" || text == "–" || text == "-" }

    /// Lemmas of a reply (`répliquer`, `rétorquer`).
    static let replyLemmas: Set<String> = Set(LexicalTables.lines(.quoteReplyLemmas))

    /// Speakers alternate: `« … ? », a demandé Salhia Brakhlia à Richard Ferrand. « Non… », a répliqué l’homme
    /// politique` — a reply named by a pronoun or a description, right after a quoted question, is not the asker's:
    /// the person the question was put to (named after it in its sentence), else the most salient other person who
    /// agrees (`a-t-elle demandé. « … », a répondu l’élu` → the one she was questioning).
    static func replier(_ quotes: [Quote], _ i: Int, mention m: SpeakerMention, model: ParticipantModel) -> Int? {
        guard i > 0, let cue = quotes[i].cue, replyLemmas.contains(cue), m.nameWords.isEmpty, m.pronoun != nil || m.roleLemma != nil || m.demonym != nil
        else { return nil }
        let question = quotes[i - 1]
        guard question.kind == .direct, question.paragraphIndex >= quotes[i].paragraphIndex - 1,
              question.text.trimmingCharacters(in: .whitespaces).hasSuffix("?"),
              let name = question.speaker?.name, let asker = model.participant(named: name, before: question.span.end)?.id
        else { return nil }
        let sentence = model.sentence(at: question.span.end - 1)
        let fits: (Int) -> Bool = { id in id != asker && model.participants[id].kind == .person && model.participants[id].agrees(with: m.gender) }
        if let addressee = model.mentions(after: question.span.end, paragraphsAhead: 0).first(where: {
            $0.mention.sentence <= sentence + 1 && $0.mention.span.start < quotes[i].span.start && fits($0.participant)
        }) { return addressee.participant }
        return model.mentions(before: question.span.start).first { fits($0.participant) }?.participant
    }
}
