/// Web addresses and handles: `https://www.amnesty.fr/presse`, `www.fidh.org`, `amnesty.org`,
/// `presse@amnesty.fr`, `#MeToo`, `@amnestyfrance`. Trailing punctuation (`amnesty.org.`,
/// `(www.fidh.org)`) stays outside.
extension TokenScanner {
    /// URL or e-mail starting at the letter `pos`.
    mutating func scanWeb(at pos: Int) -> Int? {
        // E-mail: local part, @, host with a period.
        var i = pos
        let localLimit = min(n, pos + 64)
        while i < localLimit, isEmailLocal(u[i]) { i += 1 }
        if unit(i) == 0x40, let hostEnd = hostEnd(from: i + 1, requireKnownTLD: false) {
            emit(pos, hostEnd, .email, .email)
            return hostEnd
        }
        // Scheme or www.
        if hasPrefix(pos, "http://") || hasPrefix(pos, "https://") || hasPrefix(pos, "ftp://") || hasPrefix(pos, "www.") {
            let end = urlEnd(from: pos)
            guard end > pos + 4 else { return nil }
            emit(pos, end, .url, .url)
            return end
        }
        // Bare domain: amnesty.org, service-public.fr/particuliers
        if let hostEnd = hostEnd(from: pos, requireKnownTLD: true) {
            let end = unit(hostEnd) == 0x2F ? urlEnd(from: pos) : hostEnd
            emit(pos, end, .url, .url)
            return end
        }
        return nil
    }

    /// `#MeToo`, `@amnestyfrance` starting at `#` / `@`.
    mutating func scanHandle(at pos: Int) -> Int? {
        let c = u[pos]
        guard c == 0x23 || c == 0x40, isWordPart(unit(pos + 1)) else { return nil }
        if pos > 0, isWordPart(u[pos - 1]) { return nil }
        var end = pos + 1
        while end < n {
            if isWordPart(u[end]) && !CharacterClass.isApostrophe(u[end]) { end += 1; continue }
            if c == 0x40, u[end] == 0x2E || u[end] == 0x2D, isWordPart(unit(end + 1)) { end += 2; continue }
            break
        }
        emit(pos, end, c == 0x23 ? .hashtag : .mention, c == 0x23 ? .hashtag : .mention)
        return end
    }

    private func isEmailLocal(_ c: UInt16) -> Bool {
        (c < 0x80 && (isWordPart(c) || c == 0x2E || c == 0x2D || c == 0x2B || c == 0x25)) || c == 0x5F
    }

    private func isHostUnit(_ c: UInt16) -> Bool {
        c < 0x80 && (isWordPart(c) || c == 0x2D)
    }

    /// End of a host name `label(.label)+` from `start`, or nil. With `requireKnownTLD`, the last
    /// label must be a lower-case top-level domain from `top_level_domains.txt`.
    private func hostEnd(from start: Int, requireKnownTLD: Bool) -> Int? {
        var i = start
        let limit = min(n, start + 253)
        var labels = 0
        var lastLabelStart = start
        var end = start
        while true {
            let labelStart = i
            while i < limit, isHostUnit(u[i]) { i += 1 }
            guard i > labelStart else { break }
            labels += 1
            lastLabelStart = labelStart
            end = i
            if unit(i) == 0x2E, isHostUnit(unit(i + 1)) { i += 1 } else { break }
        }
        guard labels >= 2 else { return nil }
        // The host must end the word (not `fin.le5` nor `amnesty.orgs`).
        if isWordPart(unit(end)) { return nil }
        if requireKnownTLD {
            let tld = string(lastLabelStart, end)
            guard FrenchTables.topLevelDomains.contains(tld) else { return nil }
        } else {
            guard end - lastLabelStart >= 2 else { return nil }
        }
        return end
    }

    /// End of a URL from `start`: up to whitespace or a character that cannot be part of it,
    /// without trailing punctuation or an unbalanced closing parenthesis.
    private func urlEnd(from start: Int) -> Int {
        var i = start
        var open = 0
        while i < n {
            let c = u[i]
            if isWhitespace(c) || CharacterClass.isQuoteMark(c) || c == 0x3C || c == 0x3E || c == 0x2019 { break }
            if c == 0x28 { open += 1 }
            if c == 0x29 { if open == 0 { break }; open -= 1 }
            i += 1
        }
        while i > start {
            let c = u[i - 1]
            if c == 0x2E || c == 0x2C || c == 0x3B || c == 0x3A || c == 0x21 || c == 0x3F || c == 0x27 || c == 0x2026 {
                i -= 1
            } else { break }
        }
        return i
    }

    /// ASCII case-insensitive prefix test at `pos`.
    func hasPrefix(_ pos: Int, _ prefix: StaticString) -> Bool {
        let count = prefix.utf8CodeUnitCount
        guard pos + count <= n else { return false }
        let bytes = prefix.utf8Start
        for k in 0..<count {
            var c = u[pos + k]
            if c >= 0x41 && c <= 0x5A { c += 0x20 }
            if c != UInt16(bytes[k]) { return false }
        }
        return true
    }
}
