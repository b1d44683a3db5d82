/// Punctuation, symbols and quotation marks. « » “ ” „ ‹ › " ‚ ‘ and a lone ’ or ' are
/// quotation marks (kind `.quote`, their own token, the inner no-break spaces being whitespace);
/// `...` is one token; `#MeToo` and `@amnesty` are handles; `+33 …` a phone number.
extension TokenScanner {
    mutating func scanMark(at pos: Int, segmentEnd: Int) -> Int {
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
        // One grapheme: ICU's segment when we are at its start (emoji sequences), else one scalar and its marks.
        var end: Int
        if pos == bounds[segment], statuses[segment] == 0, segmentEnd > pos {
            end = segmentEnd
        } else {
            end = pos + (UTF16.isLeadSurrogate(c) && UTF16.isTrailSurrogate(unit(pos + 1)) ? 2 : 1)
            while end < n, CharacterClass.flags(u[end]) & CharacterClass.mark != 0 { end += 1 }
        }
        let kind: TokenKind = CharacterClass.flags(c) & CharacterClass.punctuation != 0 ? .punctuation : .symbol
        emit(pos, end, kind, .punctuation)
        return end
    }
}
