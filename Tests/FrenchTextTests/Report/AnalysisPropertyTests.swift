import Foundation
import Testing
@testable import FrenchText

/// The fuzz target's invariants (`AnalysisInvariants`) on a few hundred generated documents:
/// offsets in bounds, quotes, entities and inclusive forms equal to their slices, tokens ordered
/// and covering, the JSON round trip — for the text analysed whole and in small blocks.
@Suite struct AnalysisPropertyTests {
    /// A small deterministic generator (SplitMix64), so a failure names a seed that reproduces it.
    struct Generator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        mutating func pick<T>(_ list: [T]) -> T { list[Int(next() % UInt64(list.count))] }
        mutating func chance(_ percent: UInt64) -> Bool { next() % 100 < percent }
    }

    static let pieces = [
        "« Nous resterons mobilisés », a déclaré Anna Wright, porte-parole d’Amnesty International.",
        "Le maire de Québec, Régis Labeaume, a présenté le projet le 22 septembre 2012.",
        "« Les civils paient le prix fort », a-t-elle ajouté depuis Genève.",
        "Selon M. Türk, les détenu·e·s doivent être libéré·e·s.",
        "Les étudiant·es et iel ont manifesté le 18/10/2022 à Montréal.",
        "Elle a affirmé que la réforme serait retirée en février.",
        "“Nous ne reculerons pas”, a lancé Julie Tremblay.",
        "\"On jouait de la musique\", explique Marie Lefèvre, trompettiste.",
        "Le 14 juillet, la préfecture de l’Hérault a publié un communiqué.",
        "Appelez le +33 1 53 38 66 00 ou écrivez à presse@example.org.",
        "(New York, le 2 juin 2014) – Human Rights Watch publie un rapport.",
        "« Une citation qui commence",
        "et finit ailleurs »,",
        "Qu’a-t-il dit ? Rien.",
        "M’Bala, Saint-Étienne, presqu’île, aujourd’hui.",
    ]
    static let oddities = [
        "\u{00A0}", "\u{202F}", "\t", "\r\n", "\n\n", "\u{200B}", "\u{FEFF}", "e\u{0301}", "👩‍👩‍👧", "\u{FFFD}",
        "«", "»", "“", "”", "\"", "’", "-", "—", "…", "·", "·e·s", "  ", "\u{1F600}", "\u{0000}", "Ǆ", "ß", "İ",
    ]

    static func document(seed: UInt64) -> String {
        var g = Generator(state: seed)
        var text = ""
        for _ in 0..<(1 + g.next() % 12) {
            var piece = g.pick(pieces)
            if g.chance(30) { piece = piece.decomposedStringWithCanonicalMapping }
            if g.chance(20) { piece = piece.uppercased() }
            if g.chance(25), !piece.isEmpty {
                // Cut the piece at a random character.
                let cut = piece.index(piece.startIndex, offsetBy: Int(g.next() % UInt64(piece.count)))
                piece = String(piece[..<cut])
            }
            text += piece
            text += g.chance(40) ? g.pick(oddities) : g.pick([" ", "\n", "\n\n", " "])
        }
        return text
    }

    static let seeds: [UInt64] = Array(1...300)

    @Test func invariantsHoldOnGeneratedDocuments() {
        let analyzer = FrenchAnalyzer()
        var failures = 0
        for seed in Self.seeds {
            let text = Self.document(seed: seed)
            let problems = AnalysisInvariants.check(bytes: Array(text.utf8), analyzer: analyzer)
            if !problems.isEmpty {
                failures += 1
                Issue.record("seed \(seed): \(problems.prefix(3).joined(separator: "; "))\n\(text.debugDescription)")
                if failures > 5 { return }
            }
        }
    }

    @Test func invariantsHoldOnRandomBytes() {
        let analyzer = FrenchAnalyzer()
        var g = Generator(state: 42)
        for _ in 0..<100 {
            var bytes = Array(Self.document(seed: g.next()).utf8)
            for _ in 0..<(g.next() % 8) where !bytes.isEmpty {
                bytes[Int(g.next() % UInt64(bytes.count))] = UInt8(truncatingIfNeeded: g.next())
            }
            let problems = AnalysisInvariants.check(bytes: bytes, analyzer: analyzer)
            #expect(problems.isEmpty, "\(problems.prefix(3)) in \(bytes)")
        }
    }
}
