import CICUShim

/// The benchmark baseline: ICU's word break iterator run over a text, and nothing else.
///
/// No French rules, no tokens, no spans: the text's UTF-16 is copied once (as ``Tokenizer``
/// does) and ICU's boundaries are counted. This is the limit a tokenizer built on ICU can
/// approach; `Benchmarks/` measures ``Tokenizer`` beside it in the same run and reports the
/// ratio of their throughputs.
///
/// ```swift
/// BareICUWordBreak.countBoundaries(in: "« Nous resterons », a-t-elle déclaré.")
/// // 17: « · space · Nous · space · resterons · space · » · , · space · a · - · t · - · elle · space · déclaré · .
/// ```
public enum BareICUWordBreak {
    /// The number of word boundaries ICU finds in `text` (French locale), not counting the
    /// boundary at offset 0. Returns 0 for an empty text or when ICU cannot open an iterator.
    public static func countBoundaries(in text: String) -> Int {
        let utf16 = Array(text.utf16)
        if utf16.isEmpty { return 0 }
        return utf16.withUnsafeBufferPointer { buffer -> Int in
            var error: Int32 = 0
            guard let iterator = ft_break_open(FT_BREAK_WORD, "fr", buffer.baseAddress, Int32(buffer.count), &error) else {
                return 0
            }
            defer { ft_break_close(iterator) }
            var count = 0
            while ft_break_next(iterator) >= 0 { count += 1 }
            return count
        }
    }
}
