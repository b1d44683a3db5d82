/// Stage 1, `headline-repeat`: a quoted headline or subheading repeating (or opening) words a speaker says
/// elsewhere in the text, marks mismatched or not: `« Je suis un optimiste » ¶ « Je suis un optimiste », a souligné…`;
/// `“N’oubliez pas que cette situation va prendre fin” ¶ …, « n’oubliez pas que cette situation va prendre fin,
/// elle est passagère », a-t-il déclaré`; one word retyped (``nearlyOpens(_:_:)``).
enum HeadlineRepeatSieve {
    /// Letters and digits, lower-cased, one space between words.
    static func normalized(_ text: String) -> String {
        LookupKey.make(text).split(whereSeparator: { !($0.isLetter || $0.isNumber) }).joined(separator: " ")
    }

    /// `text` (normalized) says `own` (normalized): opens with it, or holds it as whole words.
    static func repeats(_ text: String, _ own: String) -> Bool {
        text.hasPrefix(own) || " \(text) ".contains(" \(own) ")
    }

    static func speaker(of index: Int, _ input: LateAttribution.Input) -> Int? {
        repeating(index, input) { j, _ in input.participants[j] }
    }

    /// The quote of the body that a heading repeats, when its speaker is named but is no participant of the model (an
    /// organisation as stage 1 read it: `Yaoundé veut rester « maître de son destin » ¶ Le gouvernement camerounais a
    /// déclaré qu’il « entend rester maître de son destin »`): the heading takes that quote's speaker as it stands.
    static func namedOutsideModel(of index: Int, _ input: LateAttribution.Input) -> Int? {
        repeating(index, input) { j, other in input.participants[j] == nil && other.speaker?.name != nil ? j : nil }
    }

    /// The first answer of `pick` over the direct quotes that repeat quote `index` (or that it repeats).
    static func repeating(_ index: Int, _ input: LateAttribution.Input, pick: (Int, Quote) -> Int?) -> Int? {
        let own = normalized(input.quotes[index].text)
        guard own.split(separator: " ").count >= 3 else { return nil }
        for (j, other) in input.quotes.enumerated() where j != index && other.kind == .direct {
            guard let found = pick(j, other) else { continue }
            let text = normalized(other.text)
            if text.hasPrefix(own) || own.hasPrefix(text) && text.split(separator: " ").count >= 3 || text.contains(own) || nearlyOpens(text, own) {
                return found
            }
        }
        return nil
    }

    /// Most words a heading line holds.
    static let headingWords = 16

    /// The quote stands in a heading: a short one-line paragraph that does not end as a sentence does (`Inondations :
    /// « On n’a jamais vu ça »`, `« Une bombe à retardement » : les experts alertent`). Only a repeat in the body gives
    /// it a speaker; the other late sieves leave it speakerless.
    static func isHeading(_ q: Quote, _ document: Document) -> Bool {
        guard q.paragraphIndex < document.paragraphs.count else { return false }
        let tokens = document.tokens
        let range = document.paragraphs[q.paragraphIndex].tokenRange
        guard range.filter({ tokens[$0].kind != .punctuation && tokens[$0].kind != .quote }).count <= headingWords,
              let last = range.last(where: { tokens[$0].kind != .quote }) else { return false }
        return !(tokens[last].kind == .punctuation && [".", "!", "?", "…", "..."].contains(tokens[last].text))
    }

    /// Most paragraphs between a heading and the paragraph repeating it.
    static let signedRepeatReach = 4

    /// A heading whose words come back in a later paragraph written without marks, signed on the next line by a person
    /// (`"C'est nous qui payons" ¶ L'usine ferme. ¶ On a tout donné et c'est nous qui payons. ¶ Marc Vidal, technicien`,
    /// the layout of pull quotes on regional TV pages): the signer said them.
    static func signedRepeat(of index: Int, _ input: LateAttribution.Input) -> Int? {
        let q = input.quotes[index], document = input.document
        let own = normalized(q.text)
        guard own.split(separator: " ").count >= 3 else { return nil }
        let last = min(document.paragraphs.count - 1, q.paragraphIndex + signedRepeatReach + 1)
        guard q.paragraphIndex + 1 < last else { return nil }
        for p in (q.paragraphIndex + 1)..<last where repeats(normalized(String(document.text(of: document.paragraphs[p].span))), own) {
            return signer(of: p + 1, input)
        }
        return nil
    }

    /// The person whose name opens paragraph `p` when it is a signature line: the name, a comma, a few words naming a role,
    /// no sentence end (`Marc Vidal, technicien de maintenance`).
    static func signer(of p: Int, _ input: LateAttribution.Input) -> Int? {
        let document = input.document, tokens = document.tokens
        let paragraph = document.paragraphs[p]
        let range = paragraph.tokenRange
        guard !range.isEmpty, range.count <= headingWords, tokens[range.last!].kind != .punctuation,
              let entry = input.model.timeline.first(where: { $0.mention.span.start == paragraph.span.start }),
              input.model.participants[entry.participant].kind == .person, input.model.participants[entry.participant].isNamed else { return nil }
        let after = document.tokenIndex(atOrAfter: entry.mention.span.end)
        return after < range.upperBound && tokens[after].text == "," ? entry.participant : nil
    }
}
