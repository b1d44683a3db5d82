/// The tables of inclusive writing, read once from `inclusive_formations.tsv` and `inclusive_pairs.tsv`,
/// with their generated variants (both orders, the feminine's tail, lower-cased UTF-16 keys).
///
/// ```swift
/// InclusiveTables.endings.contains("rice")                 // true
/// InclusiveTables.pairVariants["ceux"]?.first?.second      // "celles" (as UTF-16)
/// ```
enum InclusiveTables {
    /// All formations; within each kind the longest masculine ending first.
    static let formations: [InclusiveFormation] = LexicalTables.rows(.inclusiveFormations)
        .compactMap { row in
            guard row.count >= 3, let kind = InclusiveFormation.Kind(rawValue: row[0]) else { return nil }
            let written = row.count >= 4 ? row[3] : ""
            if kind == .suffix && written.isEmpty { return nil }
            return InclusiveFormation(kind: kind, masculineEnding: row[1], feminineEnding: row[2], written: written)
        }
        .sorted { $0.masculineEnding.count > $1.masculineEnding.count }

    static let suffixRows: [InclusiveFormation] = formations.filter { $0.kind == .suffix }
    static let alternations: [InclusiveFormation] = formations.filter { $0.kind == .alternation }
    /// Irregular pairs by masculine word.
    static let irregularPairs: [String: [InclusiveFormation]] = Dictionary(grouping: formations.filter { $0.kind == .pair },
                                                                          by: \.masculineEnding)

    /// The written endings of the suffix rows (`e`, `rice`, `ve`…).
    static let endings: Set<String> = Set(suffixRows.map(\.written))

    /// One written shape of a pronoun pair: `first` SEP `second`, lower-cased UTF-16.
    struct PairVariant: Sendable {
        let first: [UInt16]
        let second: [UInt16]
        let pair: InclusivePair
        /// True when `first` is the masculine (`ceux·celles`), false for `celles·ceux`.
        let masculineFirst: Bool
    }

    static let pairs: [InclusivePair] = LexicalTables.rows(.inclusivePairs).compactMap { row in
        row.count >= 2 && !row[0].isEmpty && !row[1].isEmpty ? InclusivePair(masculine: row[0], feminine: row[1]) : nil
    }

    /// Pairs by feminine (`toutes` → `tous` / `toutes`): the plural of a pair, the masculine plural of `tout·e·s`.
    static let pairsByFeminine: [String: InclusivePair] = Dictionary(pairs.map { ($0.feminine, $0) }, uniquingKeysWith: { a, _ in a })

    /// Variants by the first word of their first part (`de` for `de la·du`), longest `second` first.
    static let pairVariants: [String: [PairVariant]] = {
        var table = [String: [PairVariant]]()
        func add(_ first: String, _ second: String, _ pair: InclusivePair, _ masculineFirst: Bool) {
            let key = String(first.prefix { $0 != " " })
            table[key, default: []].append(PairVariant(first: Array(first.utf16), second: Array(second.utf16), pair: pair,
                                                       masculineFirst: masculineFirst))
        }
        for pair in pairs {
            add(pair.masculine, pair.feminine, pair, true)
            add(pair.feminine, pair.masculine, pair, false)
            // ce·tte, un·e: the feminine's tail after the masculine.
            if pair.feminine.hasPrefix(pair.masculine), pair.feminine.count > pair.masculine.count {
                add(pair.masculine, String(pair.feminine.dropFirst(pair.masculine.count)), pair, true)
            }
        }
        return table.mapValues { $0.sorted { ($0.first.count, $0.second.count) > ($1.first.count, $1.second.count) } }
    }()

    /// Longest first word of a pair variant, in UTF-16 units (bounds the cheap test).
    static let longestPairWord: Int = pairVariants.keys.map(\.utf16.count).max() ?? 0

    /// First words of variants whose first part holds a space (`de` of `de la·du`).
    static let spacedPairWordUnits: [[UInt16]] = pairVariants.filter { $0.value.contains { $0.first.contains(0x20) } }
        .keys.sorted().map { Array($0.utf16) }

    /// Cheap test before ``spacedPairWordUnits``: bit `n` of entry `c` is set when a spaced pair word of `n` units
    /// starts with `c` (either case, `c` < 256), so most words followed by a space are turned away in one load.
    static let spacedPairWordShapes: [UInt32] = shapes(of: spacedPairWordUnits)

    /// The same test for the first word of every pair variant (`ceux`, `du`, `il`), before ``pairVariants``.
    static let pairWordShapes: [UInt32] = shapes(of: pairVariants.keys.map { Array($0.utf16) })

    /// True when a word of `length` units starting with `first` may be one of the words `shapes` was made from.
    @inline(__always)
    static func mayStart(_ shapes: [UInt32], _ first: UInt16, length: Int) -> Bool {
        first >= 256 || length < 32 && shapes[Int(first)] & (1 << UInt32(length)) != 0
    }

    private static func shapes(of words: [[UInt16]]) -> [UInt32] {
        var shapes = [UInt32](repeating: 0, count: 256)
        for word in words where word.count < 32 {
            guard let first = word.first, first < 256, let scalar = Unicode.Scalar(first) else { continue }
            shapes[Int(first)] |= 1 << UInt32(word.count)
            // The capitalised form (`De la·du` opening a sentence) takes the same entry.
            let upper = Array(String(scalar).uppercased().utf16)
            if upper.count == 1, upper[0] < 256 { shapes[Int(upper[0])] |= 1 << UInt32(word.count) }
        }
        return shapes
    }
}
