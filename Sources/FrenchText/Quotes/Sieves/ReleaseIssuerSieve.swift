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
        return headedIssuer(line, at: first.lowerBound)
    }

    /// `Communiqué de la Ligue des droits humains`, `Communiqué de presse de l’association Vélo Cité`: the issuer after
    /// the longest release head and its `de` and article.
    static func headedIssuer(_ line: String, at offset: Int) -> (name: String, range: Range<Int>)? {
        let lower = line.lowercased()
        guard let head = heads.filter({ lower.hasPrefix($0) }).max(by: { $0.count < $1.count }) else { return nil }
        var words = line.dropFirst(head.count).split(separator: " ").map(String.init)
        guard let first = words.first, SpeakerPhraseParser.deForms.contains(LookupKey.make(first))
            || SpeakerPhraseParser.deForms.contains(where: { $0.hasSuffix("'") && LookupKey.make(first).hasPrefix($0) }) else { return nil }
        // (`de la`, `de l’`, `d’Amnesty`, `du`: the preposition and the article)
        while let w = words.first {
            let key = LookupKey.make(w)
            if SpeakerPhraseParser.deForms.contains(key) || SpeakerPhraseParser.definite.contains(key) { words.removeFirst(); continue }
            if let elided = (SpeakerPhraseParser.deForms.union(SpeakerPhraseParser.definite)).first(where: { $0.hasSuffix("'") && key.hasPrefix($0) && key.count > $0.count }) {
                words[0] = String(w.unicodeScalars.dropFirst(elided.unicodeScalars.count))
            }
            break
        }
        let name = words.joined(separator: " ").trimmingCharacters(in: .whitespaces)
        // (`l’association Vélo Cité`: an organisation noun may open the name)
        let opensWithKind = words.first.map { ParticipantLexicon.shared.quotes.organisationNouns.contains(LookupKey.make($0)) } ?? false
        guard !name.isEmpty, words.count <= 8, name.first?.isUppercase == true || opensWithKind && words.count > 1,
              let r = line.range(of: name, options: .backwards) else { return nil }
        let start = offset + line.unicodeScalars.distance(from: line.unicodeScalars.startIndex, to: r.lowerBound)
        return (name, start..<(start + name.unicodeScalars.count))
    }
}
