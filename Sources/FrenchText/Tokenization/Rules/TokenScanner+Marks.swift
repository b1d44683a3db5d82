/// Punctuation, symbols and quotation marks. « » “ ” „ ‹ › " ‚ ‘ and a lone ’ or ' are
/// quotation marks (kind `.quote`, their own token, the inner no-break spaces being whitespace);
/// `...` is one token; `#MeToo` and `@amnesty` are handles; `+33 …` a phone number.
extension TokenScanner {
    mutating func scanMark(at pos: Int) -> Int {
        let c = u[pos]
        if c == 0x23 || c == 0x40, let end = scanHandle(at: pos) { return end }
        if c == 0x2B, let end = internationalPhoneEnd(from: pos) {
            emit(pos, end, .phone, .phone)
            return end
        }
        if CharacterClass.isQuoteMark(c) || CharacterClass.isApostrophe(c) {
            emit(pos, pos + 1, .quote, .quoteMark)
            return pos + 1
        }
        if c == 0x2E, unit(pos + 1) == 0x2E {
            var end = pos + 1
            while unit(end) == 0x2E { end += 1 }
            emit(pos, end, .punctuation, .punctuation)
            return end
        }
        // One grapheme: the scalar, then (within ICU's segment) marks, joiners and the rest of an
        // emoji sequence (👩‍👩‍👧, 👍🏽).
        let pair = UTF16.isLeadSurrogate(c) && UTF16.isTrailSurrogate(unit(pos + 1))
        var end = pos + (pair ? 2 : 1)
        var segmentEnd = -1
        while end < n, classes[Int(u[end])] & CharacterClass.mark != 0
                || (pair && (UTF16.isLeadSurrogate(u[end]) || UTF16.isTrailSurrogate(u[end]))) {
            if segmentEnd < 0 { segmentEnd = self.segmentEnd(after: pos) }
            guard end < segmentEnd else { break }
            end += 1
        }
        let kind: TokenKind
        if c < 0x80 {
            // ASCII: $ + < = > ^ ` | ~ are symbols, the rest punctuation.
            switch c {
            case 0x24, 0x2B, 0x3C, 0x3D, 0x3E, 0x5E, 0x60, 0x7C, 0x7E: kind = .symbol
            default: kind = .punctuation
            }
        } else {
            let scalar = pair ? Unicode.Scalar(0x10000 + ((UInt32(c) - 0xD800) << 10) + (UInt32(u[pos + 1]) - 0xDC00)) : Unicode.Scalar(UInt32(c))
            kind = scalar.map(CharacterClass.isPunctuation) ?? false ? .punctuation : .symbol
        }
        emit(pos, end, kind, .punctuation)
        return end
    }
}
