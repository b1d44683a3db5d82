/// A readable dump of how a text was cut: paragraphs, sentences and each token with its kind
/// and the rule that made it (like spaCy's `Tokenizer.explain`). `frtext explain` prints it and
/// tests use it as their expected value.
///
/// ```swift
/// print(Tokenizer().document(from: "Selon M. Türk, a-t-il dit.").explanation())
/// // ¶0 0..26
/// //   §0 0..26
/// //     word          icu-word      Selon
/// //     abbreviation  abbreviation  M.
/// //     word          icu-word      Türk
/// //     punctuation   punctuation   ,
/// //     word          inversion     a
/// //     pronoun       inversion     -t-il
/// //     word          icu-word      dit
/// //     punctuation   punctuation   .
/// ```
extension Document {
    /// The dump; with `offsets`, each token line starts with its code-point offsets.
    public func explanation(offsets: Bool = false) -> String {
        var out = ""
        for (p, paragraph) in paragraphs.enumerated() {
            out += "¶\(p) \(paragraph.span.start)..\(paragraph.span.end)\n"
            for s in paragraph.sentenceRange {
                let sentence = sentences[s]
                out += "  §\(s) \(sentence.span.start)..\(sentence.span.end)\n"
                for t in sentence.tokenRange {
                    out += "    " + Self.explain(tokens[t], offsets: offsets) + "\n"
                }
            }
        }
        return out
    }

    /// One token: `kind  rule  text  [→ masculine / feminine  [formation]]`.
    static func explain(_ t: Token, offsets: Bool) -> String {
        func pad(_ s: String, _ width: Int) -> String { s.count >= width ? s + " " : s + String(repeating: " ", count: width - s.count) }
        var line = offsets ? pad("\(t.span.start)..\(t.span.end)", 12) : ""
        line += pad(t.kind.rawValue, 14) + pad(t.rule.rawValue, 14) + t.text
        if let form = t.inclusive {
            line += "  → \(form.masculine) / \(form.feminine)" + (form.formation.map { "  [\($0)]" } ?? "")
        }
        return line
    }
}
