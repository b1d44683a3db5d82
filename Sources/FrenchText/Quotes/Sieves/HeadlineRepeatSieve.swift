/// Stage 1, `headline-repeat`: a quoted headline or subheading repeating (or opening) words a speaker says
/// elsewhere in the text, marks mismatched or not: `« Je suis un optimiste » ¶ « Je suis un optimiste », a souligné…`;
/// `“N’oubliez pas que cette situation va prendre fin” ¶ …, « n’oubliez pas que cette situation va prendre fin,
/// elle est passagère », a-t-il déclaré`.
enum HeadlineRepeatSieve {
    /// Letters and digits, lower-cased, one space between words.
    static func normalized(_ text: String) -> String {
        LookupKey.make(text).split(whereSeparator: { !($0.isLetter || $0.isNumber) }).joined(separator: " ")
    }

    static func speaker(of index: Int, _ input: LateAttribution.Input) -> Int? {
        let own = normalized(input.quotes[index].text)
        guard own.split(separator: " ").count >= 3 else { return nil }
        for (j, other) in input.quotes.enumerated() where j != index && other.kind == .direct {
            guard let id = input.participants[j] else { continue }
            let text = normalized(other.text)
            if text.hasPrefix(own) || own.hasPrefix(text) && text.split(separator: " ").count >= 3 || text.contains(own) { return id }
        }
        return nil
    }
}
