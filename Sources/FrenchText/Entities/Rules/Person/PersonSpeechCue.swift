/// A name after a speech verb's past participle: `a déclaré Daniel Bekele`, `a précisé Anne Roy`.
extension PersonRecognizer {
    /// The `person-speech-cue` rule at word `i`.
    func speechCueRule(at i: Int) -> [EntityCandidate]? {
        guard tables.speechCues.contains(words[i].key), let aux = context.word(i - 1), Self.cueAuxiliaries.contains(aux.key),
              context.gazetteer.longestMatch(at: i + 1, in: words) == nil, let end = nameEnd(from: i + 1, strong: false) else { return nil }
        return [EntityCandidate((i + 1)..<end, .person, rule: .personSpeechCue, priority: EntityPriority.person)]
    }
}
