/// Hard-wrapped text: lines cut at a fixed width inside sentences, as text pasted from print, a PDF or an e-mail
/// comes.
///
/// ```swift
/// // « Le président me charge de vous dire qu’il n’oubliera
/// // jamais notre commune », a indiqué le ministre.
/// Tokenizer().document(from: text).paragraphs.count   // 1
/// ```
extension SentenceSegmenter {
    /// Lines shorter than this (in UTF-16 units) are headings, datelines or list items, never wrapped text.
    static let shortestWrappedLine = 30

    /// True when the line break before `tokens[next]` only wraps a sentence: a single line break (no blank line),
    /// the line before it long enough to be wrapped text and ending on a word or a comma (not a number, a phone
    /// number or an address), and the next line starting with a lower-case word (not a web address).
    static func wrapsLine(_ tokens: [RawToken], lineStart: Int, next: Int, _ u: UnsafeBufferPointer<UInt16>) -> Bool {
        let last = tokens[next - 1], first = tokens[next]
        guard first.kind == .word || first.kind == .elision, last.kind == .word || last.kind == .elision || last.kind == .punctuation,
              CharacterClass.isLower(u[first.start]),
              tokens[next - 1].end - tokens[lineStart].start >= shortestWrappedLine else { return false }
        if last.kind == .punctuation, !(last.end - last.start == 1 && u[last.start] == 0x2C) { return false }
        var breaks = 0
        var k = last.end
        while k < first.start {
            let c = u[k]
            if c == 0x0D, k + 1 < first.start, u[k + 1] == 0x0A { k += 1 }
            if CharacterClass.isLineBreak(c) || c == 0x0A { breaks += 1 }
            k += 1
        }
        return breaks == 1
    }
}
