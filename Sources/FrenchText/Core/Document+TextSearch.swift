import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Whether a document writes a name, as Foundation's `contains` answers it (canonically equivalent spellings
/// match), with the text folded once per document instead of once per question: the participant model asks it
/// for each organisation's full name (`Ligue des droits de l’Homme` for `… l’homme`), and lower-casing and
/// rewriting the whole text at each question was a tenth of a run.
///
/// A text and a name made only of scalars without canonical decomposition or combining behaviour (ASCII,
/// Latin-1, Latin Extended, the dashes, quotes and spaces of print: ``isPlain(_:)``) are searched byte for byte,
/// which then finds what Foundation finds; anything else goes to Foundation.
///
/// ```swift
/// let doc = Tokenizer().document(from: "La Ligue des droits de l’homme proteste.")
/// doc.textSearch.writes("Ligue des droits de l’Homme")   // true (case and apostrophe folded)
/// doc.textSearch.writes("Ligue de l’enseignement")       // false
/// ```
final class DocumentTextSearch: Sendable {
    let text: String
    let textIsPlain: Bool
    /// The text lower-cased, typographic apostrophes made straight (``fold(_:)``).
    let folded: String
    let foldedIsPlain: Bool

    init(_ text: String) {
        self.text = text
        textIsPlain = Self.isPlain(text)
        folded = Self.fold(text)
        foldedIsPlain = Self.isPlain(folded)
    }

    /// True when the text writes `name`, whatever its case and apostrophes.
    func writes(_ name: String) -> Bool {
        if Self.contains(text, plain: textIsPlain, name) { return true }
        return Self.contains(folded, plain: foldedIsPlain, Self.fold(name))
    }

    /// `s.lowercased()` with ’ made ' (`L’Homme` → `l'homme`). Plain text (``isPlain(_:)``) is folded scalar by
    /// scalar, as `lowercased()` does, its ’ replaced in the same pass: the same string as Foundation's
    /// `replacingOccurrences` gives, at a fraction of its cost (it took 1.2 M instructions for a 4,000-character text).
    static func fold(_ s: String) -> String {
        guard isPlain(s) else { return s.lowercased().replacingOccurrences(of: "\u{2019}", with: "'") }
        var out = [UInt8]()
        out.reserveCapacity(s.utf8.count)
        for scalar in s.unicodeScalars {
            let v = scalar.value
            if v < 0x80 {
                out.append((0x41...0x5A).contains(v) ? UInt8(v + 0x20) : UInt8(v))
            } else if v == 0x2019 {
                out.append(UInt8(ascii: "'"))
            } else {
                out += scalar.properties.lowercaseMapping.utf8
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Foundation's `haystack.contains(needle)` (`"jean dupont".contains("dupont")`), byte for byte when both
    /// are plain.
    static func contains(_ haystack: String, _ needle: String) -> Bool {
        contains(haystack, plain: isPlain(haystack), needle)
    }

    /// Foundation's `haystack.contains(needle)`, byte for byte when both are plain (`plain`: ``isPlain(_:)`` of
    /// `haystack`, known beforehand).
    static func contains(_ haystack: String, plain: Bool, _ needle: String) -> Bool {
        guard plain, isPlain(needle) else { return haystack.contains(needle) }
        if needle.isEmpty { return false }
        var h = haystack, n = needle
        return h.withUTF8 { hb in n.withUTF8 { nb in occurs(nb, in: hb) } }
    }

    /// True when the bytes `needle` (not empty) occur in `haystack`: `memchr` to each place of the first byte,
    /// `memcmp` there.
    static func occurs(_ needle: UnsafeBufferPointer<UInt8>, in haystack: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let h = haystack.baseAddress, let n = needle.baseAddress, needle.count <= haystack.count else { return false }
        let last = haystack.count - needle.count
        var i = 0
        while i <= last {
            guard let p = memchr(h + i, Int32(n.pointee), last - i + 1) else { return false }
            let at = h.distance(to: p.assumingMemoryBound(to: UInt8.self))
            if memcmp(h + at, n, needle.count) == 0 { return true }
            i = at + 1
        }
        return false
    }

    /// True when every scalar of `s` is one whose canonical equivalents are itself alone and that never combines
    /// with its neighbours: below U+0300 (ASCII, Latin-1, Latin Extended, IPA, spacing modifiers) or one of the
    /// dashes, quotes, spaces, bullets and marks of U+2010–U+205F, or the currency signs; then two such strings are
    /// canonically equivalent only when their bytes are equal.
    static func isPlain(_ s: String) -> Bool {
        if let plain = s.utf8.withContiguousStorageIfAvailable(isPlain) { return plain }
        for scalar in s.unicodeScalars {
            let v = scalar.value
            if v < 0x300 || (0x2010...0x205F).contains(v) || (0x20A0...0x20C0).contains(v) { continue }
            return false
        }
        return true
    }

    /// ``isPlain(_:)`` on UTF-8 bytes: ASCII; a two-byte scalar below U+0300 (lead byte below 0xCC); a three-byte
    /// scalar of U+2010–U+205F or U+20A0–U+20C0 (lead byte 0xE2).
    static func isPlain(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        let n = b.count
        while i < n {
            let c = b[i]
            if c < 0x80 { i += 1; continue }
            if c < 0xCC { i += 2; continue }
            guard c == 0xE2, i + 2 < n else { return false }
            let v = 0x2000 | UInt32(b[i + 1] & 0x3F) << 6 | UInt32(b[i + 2] & 0x3F)
            guard (0x2010...0x205F).contains(v) || (0x20A0...0x20C0).contains(v) else { return false }
            i += 3
        }
        return true
    }
}

extension Document {
    /// The document's ``DocumentTextSearch``, built on first use and shared by every copy of the document.
    var textSearch: DocumentTextSearch { textSearchCache.value { DocumentTextSearch(text) } }
}
