import Foundation

/// Stage 1, `release-issuer` (a document sieve): a press release headed by its issuer and the word for a release
/// (`Collectif Parité Ouest – Communiqué`, `COMMUNIQUÉ – Alerte Littoral Bretagne`): a quote in its first paragraphs
/// that no other sieve attributed is the issuer's.
enum ReleaseIssuerSieve {
    /// Words heading a press release (`quote_release_heads.txt`), lower case.
    static let heads: [String] = LexicalTables.lines(.quoteReleaseHeads).map { $0.lowercased() }

    static func apply(_ candidates: inout [QuoteExtractor.Candidate], scalars: [Unicode.Scalar], paragraphs: [Range<Int>]) {
        guard let issuer = issuer(scalars, paragraphs) else { return }
        for ci in candidates.indices where candidates[ci].kind == .direct && candidates[ci].paragraph <= 2
            && candidates[ci].attribution?.rule == "unattributed" {
            let r = SpeakerResolver.Resolved(name: issuer.name, mention: issuer.name, mentionStart: issuer.range.lowerBound,
                                             mentionEnd: issuer.range.upperBound, kind: .organisation, role: nil, organisation: nil,
                                             key: nil, localGender: nil)
            candidates[ci].attribution = QuoteAttribution(speaker: r, cue: nil, rule: "release-issuer", confidence: 0.5, explicit: false)
            candidates[ci].trace.append(.releaseIssuer)
        }
    }

    private static func isHead(_ s: some StringProtocol) -> Bool {
        let lower = s.lowercased()
        return heads.contains { lower.hasPrefix($0) }
    }

    /// The issuer named on the first line of a press release (the name, its code-point range).
    static func issuer(_ scalars: [Unicode.Scalar], _ paragraphs: [Range<Int>]) -> (name: String, range: Range<Int>)? {
        guard let first = paragraphs.first, first.count < 120 else { return nil }
        let line = String(String.UnicodeScalarView(scalars[first]))
        for dash in [" – ", " — ", " - "] {
            guard let r = line.range(of: dash) else { continue }
            let left = line[..<r.lowerBound].trimmingCharacters(in: .whitespaces)
            let right = line[r.upperBound...].trimmingCharacters(in: .whitespaces)
            let name: String
            if isHead(right), !left.isEmpty { name = left }
            else if isHead(left), !right.isEmpty, !isHead(right) { name = right }
            else { continue }
            guard name.split(separator: " ").count <= 8, name.first?.isUppercase == true else { return nil }
            let start = first.lowerBound + (line.range(of: name).map { line.unicodeScalars.distance(from: line.unicodeScalars.startIndex, to: $0.lowerBound.samePosition(in: line.unicodeScalars) ?? line.unicodeScalars.startIndex) } ?? 0)
            return (name, start..<(start + name.unicodeScalars.count))
        }
        return nil
    }
}
