/// The tokenizer's single forward pass over ICU word segments.
///
/// ICU's word break iterator gives the segments (`l’étape`, `a`, `-`, `t`, `-`, `il`,
/// `militant.e.s`, `1`, ` `, `000`); the French rules, one file each under `Rules/`, then
/// split (elisions, inner periods), merge (compounds, numbers with spaces, URLs) or label
/// (inclusive writing, ordinals, quotation marks) them, reading the UTF-16 code units directly.
struct TokenScanner {
    let u: UnsafeBufferPointer<UInt16>
    /// ICU boundaries (UTF-16 offsets, first 0, last `u.count`) and the rule status of each segment.
    let bounds: [Int]
    let statuses: [Int32]
    let lexicon: Lexicon?
    let inclusive: InclusiveWriting

    var tokens: [RawToken] = []
    private var startsLine = true
    private(set) var segment = 0

    init(units: UnsafeBufferPointer<UInt16>, bounds: [Int], statuses: [Int32], lexicon: Lexicon?) {
        self.u = units
        self.bounds = bounds
        self.statuses = statuses
        self.lexicon = lexicon
        self.inclusive = InclusiveWriting(lexicon: lexicon)
        tokens.reserveCapacity(units.count / 5 + 1)
    }

    var n: Int { u.count }

    /// Runs the pass; `tokens` holds the result.
    mutating func run() {
        var pos = 0
        while pos < n {
            while segment + 1 < bounds.count - 1, bounds[segment + 1] <= pos { segment += 1 }
            let c = u[pos]
            if CharacterClass.isWhitespace(c) {
                while pos < n, CharacterClass.isWhitespace(u[pos]) {
                    if CharacterClass.isLineBreak(u[pos]) { startsLine = true }
                    pos += 1
                }
                continue
            }
            let segmentEnd = max(pos + 1, bounds[segment + 1])
            if CharacterClass.isDigit(c) {
                pos = scanNumber(at: pos, segmentEnd: segmentEnd)
            } else if CharacterClass.isWordPart(c) && !CharacterClass.isApostrophe(c)
                        && !(UTF16.isLeadSurrogate(c) && statuses[segment] == 0) {
                pos = scanWord(at: pos, segmentEnd: segmentEnd)
            } else {
                pos = scanMark(at: pos, segmentEnd: segmentEnd)
            }
        }
    }

    /// Records a token `[start, end)`.
    mutating func emit(_ start: Int, _ end: Int, _ kind: TokenKind, _ rule: TokenRule, inclusive: InclusiveForm? = nil) {
        tokens.append(RawToken(start: start, end: end, kind: kind, rule: rule, startsLine: startsLine, inclusive: inclusive))
        startsLine = false
    }

    /// The text of `[start, end)`.
    func string(_ start: Int, _ end: Int) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: u[start..<end]), as: UTF16.self)
    }

    /// End of the run of word characters from `start` (letters, marks, digits), at most `limit`.
    func wordPartEnd(from start: Int, limit: Int) -> Int {
        var i = start
        while i < limit, CharacterClass.isWordPart(u[i]), !CharacterClass.isApostrophe(u[i]) { i += 1 }
        return i
    }

    /// The code unit at `i`, or 0 past the end.
    @inline(__always) func unit(_ i: Int) -> UInt16 { i >= 0 && i < n ? u[i] : 0 }
}
