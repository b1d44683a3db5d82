extension Quote {
    /// How the quote was attributed, for `frtext explain --quotes FILE`: the stage-1 sieves tried in their order
    /// (``AttributionSieve/order``), the one that fired (and any that replaced it later), then the stage-2 path from
    /// the mention to the participant.
    ///
    /// ```
    /// « On a livré un match très moyen » 0..31
    ///   stage 1: incise-inside ✗ › cue-after ✓ [cue-after] (mention « le Français », cue ajouter)
    ///   stage 2: apposition › title-surname › name › pronoun › role › demonym ✓ → Philippe Montanier (confidence 0.91:
    ///   cue-after × demonym, 3 of 3 right on annotated news, shrunk towards the rule's share)
    /// ```
    public func attributionExplanation() -> String {
        var out = "« \(text) » \(span.start)..\(span.end)\n"
        out += "  stage 1: " + stage1Path() + "\n"
        if let resolution, let sieve = MentionSieve(rawValue: resolution) {
            let tried = MentionSieve.order.prefix { $0 != sieve }.map(\.rawValue) + [sieve.rawValue + " ✓"]
            out += "  stage 2: " + tried.joined(separator: " › ")
        } else if resolution == OrganisationDescription.resolution || resolution == OrganisationDescription.namedAfterResolution {
            let side = resolution == OrganisationDescription.resolution ? "before" : "only after (a weak reading)"
            out += "  stage 2: an organisation noun with adjectives describes the organisation named \(side) it"
        } else if resolution == MoodEpithet.resolution {
            out += "  stage 2: an indefinite role noun with an adjective of mood is the one person named before with that role"
        } else if resolution != nil {
            out += "  stage 2: (the speaker is the participant the late sieve found)"
        } else {
            out += "  stage 2: " + (speaker == nil ? "no mention" : "no sieve linked the mention; kept as stage 1 read it")
        }
        out += " → \(speaker?.name ?? "—") (confidence \(String(format: "%.2f", confidence))\(calibrationNote()))\n"
        return out
    }

    /// `: cue-after × pronoun, 40 of 46 right on annotated news`: where the confidence comes from.
    func calibrationNote() -> String {
        guard kind != .fragment else { return "" }
        if kind == .direct, SpeakerRanker.isEnabled { return ": the speaker ranker's probability for its pick, \(rule.rawValue) one of its features" }
        let path = ConfidenceCalibration.path(of: self)
        let calibration = ConfidenceCalibration.shared
        if let c = calibration.count(rule: rule.rawValue, path: path) {
            return ": \(rule.rawValue) × \(path), \(c.right) of \(c.total) right on annotated news, shrunk towards the rule's share"
        }
        if calibration.confidence(rule: rule.rawValue, path: path) != nil {
            return ": \(rule.rawValue) × \(path) never seen on annotated news, the rule's share"
        }
        return ": set by the sieve, \(rule.rawValue) never seen on annotated news"
    }

    /// `incise-inside ✗ › cue-after ✓ [cue-after:incise] (mention « il », cue déclarer)`: the sieves before the first
    /// that fired, each that fired, the rule written, what stage 1 read.
    func stage1Path() -> String {
        let detail = [speaker.map { "mention « \($0.mention) »" }, cue.map { "cue \($0)" }].compactMap { $0 }.joined(separator: ", ")
        let suffix = " [\(rule.rawValue)]" + (detail.isEmpty ? "" : " (\(detail))")
        var steps = [String]()
        var position = 0
        for fired in trace {
            guard let at = AttributionSieve.order.firstIndex(of: fired) else { continue }
            // (the sentence sieves run until one fires; a document or late sieve replaces what they found, the late
            // ones in their order on quotes still without a speaker; the subject's override runs on its own)
            let first = steps.isEmpty
            let skipped = AttributionSieve.order[min(position, at)..<at].filter {
                first && $0.phase == .sentence || $0.phase == fired.phase && fired.phase == .late && (first || fired != .sentenceSubjectLate)
            }
            steps += skipped.map { $0.rawValue + " ✗" }
            steps.append(fired.rawValue + " ✓")
            position = at + 1
        }
        if trace.isEmpty {
            return "every sieve tried, none fired [\(rule.rawValue)]" + (detail.isEmpty ? "" : " (\(detail))")
        }
        return steps.joined(separator: " › ") + suffix
    }
}
