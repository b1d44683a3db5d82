/// Numbers: `52`, `3,5`, `3.5`, `22.300`, `1 000` with a space, no-break space (U+00A0) or
/// narrow no-break space (U+202F) between groups of exactly three digits after a head of one to
/// three digits (so `en 2019 120 défenseurs` stays two numbers); ordinals `1er`, `1re`, `2e`;
/// phone numbers `01 53 38 66 00`, `+33 1 53 38 66 00`; dates in digits `18/10/2022`, `30/06`; year ranges
/// `2023-2024`.
extension TokenScanner {
    mutating func scanNumber(at pos: Int) -> Int {
        if let end = frenchPhoneEnd(from: pos) {
            emit(pos, end, .phone, .phone)
            return end
        }
        var i = pos
        while CharacterClass.isDigit(unit(i)) { i += 1 }
        let headDigits = i - pos
        if headDigits <= 2, unit(i) == 0x2F, let end = numericDateEnd(from: pos, slash: i) {
            emit(pos, end, .number, .numericDate)
            return end
        }
        if headDigits == 4, CharacterClass.isHyphen(unit(i)), let end = yearRangeEnd(from: pos, hyphen: i) {
            emit(pos, end, .number, .yearRange)
            return end
        }
        // 1er, 2e, XXIe-like endings glued to digits; 10h30, 3D stay one number-like word.
        if isLetterOrMark(unit(i)) {
            var end = wordPartEnd(from: i, limit: n)
            if FrenchTables.isOrdinalEnding(u, i, end) {
                emit(pos, end, .ordinal, .ordinal)
                return end
            }
            if CharacterClass.isHyphen(unit(end)), isWordPart(unit(end + 1)) {
                return scanHyphenated(at: pos, firstEnd: end)
            }
            end = max(end, i)
            emit(pos, end, .number, .number)
            return end
        }
        // Decimals and grouped digits written with . or , (3,5 · 22.300 · 1.000.000).
        var hasSeparator = false
        while (unit(i) == 0x2C || unit(i) == 0x2E), CharacterClass.isDigit(unit(i + 1)) {
            hasSeparator = true
            i += 1
            while CharacterClass.isDigit(unit(i)) { i += 1 }
        }
        // 1 000, 12 500 000, 1 000,50
        if !hasSeparator, headDigits <= 3 {
            while CharacterClass.isDigitGroupSpace(unit(i)),
                  CharacterClass.isDigit(unit(i + 1)), CharacterClass.isDigit(unit(i + 2)), CharacterClass.isDigit(unit(i + 3)),
                  !CharacterClass.isDigit(unit(i + 4)), !isLetterOrMark(unit(i + 4)) {
                i += 4
                if unit(i) == 0x2C, CharacterClass.isDigit(unit(i + 1)) {
                    i += 1
                    while CharacterClass.isDigit(unit(i)) { i += 1 }
                    break
                }
            }
        }
        emit(pos, i, .number, .number)
        return i
    }

    /// `01 53 38 66 00`, `01.53.38.66.00`, `06-76-94-37-05`: ten digits in pairs, starting with 0.
    func frenchPhoneEnd(from pos: Int) -> Int? {
        guard u[pos] == 0x30, CharacterClass.isDigit(unit(pos + 1)), unit(pos + 1) != 0x30,
              !CharacterClass.isDigit(unit(pos + 2)) else { return nil }
        var i = pos + 2
        for _ in 0..<4 {
            let sep = unit(i)
            guard CharacterClass.isDigitGroupSpace(sep) || sep == 0x2E || sep == 0x2D,
                  CharacterClass.isDigit(unit(i + 1)), CharacterClass.isDigit(unit(i + 2)) else { return nil }
            i += 3
        }
        guard !CharacterClass.isDigit(unit(i)) else { return nil }
        return i
    }

    /// `+33 1 53 38 66 00`, `+41 22 917 92 00`, `+33153386600` starting at `+`: a country code and
    /// at least eight more digits in groups of one to four.
    func internationalPhoneEnd(from pos: Int) -> Int? {
        guard u[pos] == 0x2B, CharacterClass.isDigit(unit(pos + 1)) else { return nil }
        var i = pos + 1
        while CharacterClass.isDigit(unit(i)) { i += 1 }
        var digits = i - pos - 1
        var groups = 1
        var end = i
        while true {
            let sep = unit(end)
            var j = end
            if CharacterClass.isDigitGroupSpace(sep) || sep == 0x2E || sep == 0x2D { j += 1 }
            // (0)1 53… after the country code
            if unit(j) == 0x28, unit(j + 1) == 0x30, unit(j + 2) == 0x29 { j += 3 }
            guard j > end, CharacterClass.isDigit(unit(j)) else { break }
            var k = j
            while CharacterClass.isDigit(unit(k)) { k += 1 }
            guard k - j <= 4, digits + k - j <= 15 else { break }
            digits += k - j
            groups += 1
            end = k
        }
        guard digits >= 9, digits <= 15, groups >= 3 || (groups == 1 && digits >= 10) else { return nil }
        return end
    }

    /// `18/10/2022`, `30/06`, `5/3/24` from `pos` (the day) and the slash after it: a day of 1–31, a month of
    /// 1–12, a year of two or four digits, glued by slashes, and nothing glued after; without a year the month
    /// has two digits (`30/06`, but `1/3` and `24/7` are fractions or rates). `1/3/5/7` and `12/2024` are not
    /// dates of this shape.
    func numericDateEnd(from pos: Int, slash: Int) -> Int? {
        func digits(_ start: Int) -> (value: Int, end: Int) {
            var i = start, value = 0
            while CharacterClass.isDigit(unit(i)), i - start < 5 { value = value * 10 + Int(unit(i) - 0x30); i += 1 }
            return (value, i)
        }
        let day = digits(pos), month = digits(slash + 1)
        guard (1...31).contains(day.value), month.end - slash - 1 >= 1, month.end - slash - 1 <= 2,
              (1...12).contains(month.value) else { return nil }
        var end = month.end
        if unit(end) == 0x2F {
            let year = digits(end + 1)
            guard year.end - end - 1 == 2 || year.end - end - 1 == 4 else { return nil }
            end = year.end
        } else if month.end - slash - 1 != 2 {
            return nil
        }
        guard !CharacterClass.isDigit(unit(end)), !isLetterOrMark(unit(end)), unit(end) != 0x2F else { return nil }
        return end
    }

    /// `2023-2024`, `1939-1945`, `2019-20` from `pos` (a four-digit year) and the hyphen after it: a second year
    /// of four digits after the first, or two digits, and nothing glued after.
    func yearRangeEnd(from pos: Int, hyphen: Int) -> Int? {
        var end = hyphen + 1
        while CharacterClass.isDigit(unit(end)) { end += 1 }
        let length = end - hyphen - 1
        guard length == 4 || length == 2, !isLetterOrMark(unit(end)), !CharacterClass.isHyphen(unit(end)) else { return nil }
        let first = Int(string(pos, hyphen)) ?? 0, second = Int(string(hyphen + 1, end)) ?? 0
        guard (1000...2999).contains(first) else { return nil }
        if length == 4 { guard second > first, second - first <= 100 else { return nil } }
        return end
    }
}
