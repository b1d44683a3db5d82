import CICUShim

/// A thin Swift face over ICU's break iterators (word, sentence, line), through the C shim.
struct BreakIterator {
    /// A word break iterator over `units`, read boundary by boundary with ``nextWordBoundary(_:count:)`` while the
    /// tokenizer scans (no array of boundaries); nil when ICU cannot open one. Close it with ``close(_:)``.
    static func openWordIterator(over units: UnsafeBufferPointer<UInt16>) -> UnsafeMutableRawPointer? {
        guard let base = units.baseAddress, !units.isEmpty else { return nil }
        var error: Int32 = 0
        return ft_break_open_cached(FT_BREAK_WORD, base, Int32(units.count), &error)
    }

    /// The next boundary of `iterator` (a UTF-16 offset), or `count` (the text's length) past the last one or
    /// without an iterator.
    @inline(__always)
    static func nextWordBoundary(_ iterator: UnsafeMutableRawPointer?, count: Int) -> Int {
        guard let iterator else { return count }
        let b = ft_break_next(iterator)
        return b < 0 ? count : Int(b)
    }

    /// The first boundary of `iterator` after `offset` (the end of ICU's segment that holds `offset`), or `count`
    /// past the last one or without an iterator. ICU finds it from a safe point before `offset` (or from the
    /// boundaries it keeps of its last calls), so the tokenizer asks for the few segment ends its rules read
    /// instead of iterating over every boundary; the boundaries are the same (see ``Tokenizer/SegmentEnds``).
    static func wordBoundary(_ iterator: UnsafeMutableRawPointer?, after offset: Int, count: Int) -> Int {
        guard let iterator, offset < count else { return count }
        let b = ft_break_following(iterator, Int32(offset))
        return b < 0 ? count : Int(b)
    }

    static func close(_ iterator: UnsafeMutableRawPointer?) {
        if let iterator { ft_break_close(iterator) }
    }

    enum Kind { case word, sentence, line }

    /// Boundaries (UTF-16 offsets, the first being 0) and, for words, the rule status of each
    /// segment that ends at that boundary.
    static func boundaries(_ kind: Kind, locale: String = "fr", in utf16: [UInt16]) throws -> (offsets: [Int], statuses: [Int32]) {
        if utf16.isEmpty { return ([0], []) }
        var error: Int32 = 0
        let ckind: ft_break_kind = switch kind {
        case .word: FT_BREAK_WORD
        case .sentence: FT_BREAK_SENTENCE
        case .line: FT_BREAK_LINE
        }
        return try utf16.withUnsafeBufferPointer { buffer in
            guard let it = ft_break_open(ckind, locale, buffer.baseAddress, Int32(buffer.count), &error) else {
                throw FrenchTextError.icu(operation: "ubrk_open", code: error)
            }
            defer { ft_break_close(it) }
            var offsets = [0]
            var statuses = [Int32]()
            offsets.reserveCapacity(utf16.count / 3)
            statuses.reserveCapacity(utf16.count / 3)
            while true {
                let b = ft_break_next(it)
                if b < 0 { break }
                offsets.append(Int(b))
                statuses.append(ft_break_rule_status(it))
            }
            return (offsets, statuses)
        }
    }
}
