extension Quote {
    /// How the quote was attributed, for `frtext explain --quotes FILE`: the stage-1 sieve that fired (after the
    /// cue sieves, the late sieves tried in order), then the stage-2 path from the mention to the participant.
    ///
    /// ```
    /// « On a livré un match très moyen » 0..31
    ///   stage 1: cue sieves → cue-after ✓ (mention « le Français », cue ajouter)
    ///   stage 2: apposition › title-surname › name › pronoun › role › demonym ✓ → Philippe Montanier (confidence 0.75)
    /// ```
    public func attributionExplanation() -> String {
        var out = "« \(text) » \(span.start)..\(span.end)\n"
        if let late = QuoteSieve(rawValue: rule.rawValue) {
            let tried = QuoteSieve.order.prefix { $0 != late }.map(\.rawValue) + [late.rawValue + " ✓"]
            out += "  stage 1: cue sieves ✗ › " + tried.joined(separator: " › ") + "\n"
        } else {
            let detail = [speaker.map { "mention « \($0.mention) »" }, cue.map { "cue \($0)" }].compactMap { $0 }.joined(separator: ", ")
            out += "  stage 1: \(rule.rawValue)" + (rule == .unattributed ? " (every sieve tried)" : " ✓") + (detail.isEmpty ? "" : " (\(detail))") + "\n"
        }
        if let resolution, let sieve = MentionSieve(rawValue: resolution) {
            let tried = MentionSieve.order.prefix { $0 != sieve }.map(\.rawValue) + [sieve.rawValue + " ✓"]
            out += "  stage 2: " + tried.joined(separator: " › ")
        } else if resolution != nil {
            out += "  stage 2: (the speaker is the participant the late sieve found)"
        } else {
            out += "  stage 2: " + (speaker == nil ? "no mention" : "no sieve linked the mention; kept as stage 1 read it")
        }
        out += " → \(speaker?.name ?? "—") (confidence \(String(format: "%.2f", confidence)))\n"
        return out
    }
}
