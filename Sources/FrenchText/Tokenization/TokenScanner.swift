/// The tokenizer's single forward pass over ICU word segments.
///
/// ICU's word break iterator gives the segments (`l’étape`, `a`, `-`, `t`, `-`, `il`,
/// `militant.e.s`, `1`, ` `, `000`); the French rules, one file each under `Rules/`, then
/// split (elisions, inner periods), merge (compounds, numbers with spaces, URLs) or label
/// (inclusive writing, ordinals, quotation marks) them, reading the UTF-16 code units directly.
struct TokenScanner {
    let u: UnsafeBufferPointer<UInt16>
    /// ICU's word break iterator over `u`, asked for a segment end only where a rule reads one (nil when ICU
    /// could not open one: the whole text is then one segment).
    let boundaries: UnsafeMutableRawPointer?
    /// How ``segmentEnd(after:)`` asks ICU: for that boundary alone, or by iterating over every boundary.
    let segmentEnds: Tokenizer.SegmentEnds
    /// With ``Tokenizer/SegmentEnds/iterated``: the last boundary read.
    private var iteratedBoundary = 0
    let lexicon: Lexicon?
    let inclusive: InclusiveWriting
    /// ``CharacterClass/table``, kept here for the hot loops.
    let classes = CharacterClass.table
    /// First-letter tables of ``FrenchTables``, kept here for the hot loops.
    let neutralWordInitials = FrenchTables.neutralWordInitials
    let abbreviationInitials = FrenchTables.abbreviationInitials
    let longestNeutralWord = FrenchTables.longestNeutralWord
    let abbreviationKeys = FrenchTables.abbreviationKeys
    let longestAbbreviation = FrenchTables.longestAbbreviation
    let neutralWordShapes = FrenchTables.neutralWordShapes
    let elisionKeys = FrenchTables.elisionKeys
    let inversionPronounKeys = FrenchTables.inversionPronounKeys
    let euphonicPronounKeys = FrenchTables.euphonicPronounKeys
    /// Tables of ``InclusiveTables`` read at every word, kept here for the same reason.
    let longestPairWord = InclusiveTables.longestPairWord
    let spacedPairWordShapes = InclusiveTables.spacedPairWordShapes

    var tokens: [RawToken] = []
    /// Inclusive readings by token index.
    var inclusiveForms: [Int: InclusiveForm] = [:]
    private var startsLine = true

    init(units: UnsafeBufferPointer<UInt16>, boundaries: UnsafeMutableRawPointer?, segmentEnds: Tokenizer.SegmentEnds = .onDemand,
         lexicon: Lexicon?) {
        self.u = units
        self.boundaries = boundaries
        self.segmentEnds = segmentEnds
        self.lexicon = lexicon
        self.inclusive = InclusiveWriting(lexicon: lexicon)
        tokens.reserveCapacity(units.count / 5 + 1)
    }

    var n: Int { u.count }

    /// Runs the pass; `tokens` holds the result.
    mutating func run() {
        var pos = 0
        let n = self.n
        while pos < n {
            let c = u[pos]
            let flags = classes[Int(c)]
            if flags & CharacterClass.whitespace != 0 {
                while pos < n {
                    let f = classes[Int(u[pos])]
                    if f & CharacterClass.whitespace == 0 { break }
                    if f & CharacterClass.lineBreak != 0 { startsLine = true }
                    pos += 1
                }
                continue
            }
            if CharacterClass.isDigit(c) {
                pos = scanNumber(at: pos)
            } else if flags & CharacterClass.wordPart != 0 && (!UTF16.isLeadSurrogate(c) || isAstralLetter(at: pos)) {
                pos = scanWord(at: pos)
            } else {
                pos = scanMark(at: pos)
            }
        }
    }

    /// True when ICU's word segment that holds `pos` ends at `end` or before: ICU breaks at `end` (told by
    /// ``KnownWordBreak`` from the units around it, without asking ICU), or its first boundary after `pos` is no further.
    @inline(__always)
    mutating func segmentEnded(by end: Int, from pos: Int) -> Bool {
        if segmentEnds == .onDemand, end > 0, end < n,
           KnownWordBreak.isBoundary(before: u[end], after: u[end - 1], next: unit(end + 1)) { return true }
        return end >= segmentEnd(after: pos)
    }

    /// The end of ICU's word segment that holds `pos` (its first boundary after `pos`), or `n` without an
    /// iterator. Read only where a rule needs it: a word followed by something other than whitespace, a mark
    /// followed by a combining mark. The scan asks with growing `pos`.
    @inline(never)
    mutating func segmentEnd(after pos: Int) -> Int {
        guard let boundaries else { return n }
        switch segmentEnds {
        case .onDemand:
            return BreakIterator.wordBoundary(boundaries, after: pos, count: n)
        case .iterated:
            while iteratedBoundary <= pos { iteratedBoundary = BreakIterator.nextWordBoundary(boundaries, count: n) }
            return iteratedBoundary
        }
    }

    /// Records a token `[start, end)`.
    mutating func emit(_ start: Int, _ end: Int, _ kind: TokenKind, _ rule: TokenRule, inclusive: InclusiveForm? = nil) {
        if let inclusive { inclusiveForms[tokens.count] = inclusive }
        tokens.append(RawToken(start: start, end: end, kind: kind, rule: rule, startsLine: startsLine))
        startsLine = false
    }

    /// The text of `[start, end)`.
    func string(_ start: Int, _ end: Int) -> String { UTF16Text.string(u, start, end) }

    /// End of the run of word characters from `start` (letters, marks, digits), at most `limit`.
    func wordPartEnd(from start: Int, limit: Int) -> Int {
        var i = start
        while i < limit {
            let c = u[i]
            guard classes[Int(c)] & CharacterClass.wordPart != 0 else { break }
            i += 1
        }
        return i
    }

    @inline(__always) func isLetter(_ c: UInt16) -> Bool { classes[Int(c)] & CharacterClass.letter != 0 }
    @inline(__always) func isUpper(_ c: UInt16) -> Bool { classes[Int(c)] & CharacterClass.upper != 0 }
    @inline(__always) func isLower(_ c: UInt16) -> Bool { classes[Int(c)] & CharacterClass.lower != 0 }
    @inline(__always) func isWordPart(_ c: UInt16) -> Bool { classes[Int(c)] & CharacterClass.wordPart != 0 }
    @inline(__always) func isLetterOrMark(_ c: UInt16) -> Bool { classes[Int(c)] & (CharacterClass.letter | CharacterClass.mark) != 0 }
    @inline(__always) func isWhitespace(_ c: UInt16) -> Bool { classes[Int(c)] & CharacterClass.whitespace != 0 }
    @inline(__always) func isLineBreak(_ c: UInt16) -> Bool { classes[Int(c)] & CharacterClass.lineBreak != 0 }

    /// True when the surrogate pair at `i` is a letter (𝒜, 𠀀) rather than an emoji.
    func isAstralLetter(at i: Int) -> Bool {
        guard i + 1 < n, UTF16.isTrailSurrogate(u[i + 1]),
              let scalar = Unicode.Scalar(0x10000 + ((UInt32(u[i]) - 0xD800) << 10) + (UInt32(u[i + 1]) - 0xDC00))
        else { return false }
        return scalar.isAlphabeticProperty
    }

    /// The code unit at `i`, or 0 past the end.
    @inline(__always) func unit(_ i: Int) -> UInt16 { i >= 0 && i < n ? u[i] : 0 }
}
