/// An event named in English, capitalised words ending in an event word (`entity_event_final_words.txt`), is no
/// entity (dev README: events are not tagged): `One Planet Summit`, `Paris Games Week`, `Choose Europe Summit`. A
/// known place or organisation inside keeps its own name only when the rules find it apart.
extension NonEntityRecognizer {
    /// English words ending an event's name (`Summit`, `Week`), as written.
    static let eventFinalWords: FormSet = FormSet(forms: LexicalTables.lines(.entityEventFinalWords))

    /// The non-entity span of the event whose last word is at `i`, or nil.
    func event(endingAt i: Int) -> EntityCandidate? {
        let words = context.words
        guard i > 0, words[i].isCapitalized, Self.eventFinalWords.contains(words[i].form), !words[i].sentenceStart else { return nil }
        var start = i
        while start > 0, i - start < 4, words[start - 1].wordClass == .word, words[start - 1].isCapitalized, words[start - 1].spaceAfter {
            start -= 1
            if words[start].sentenceStart { break }
        }
        guard start < i else { return nil }
        return Self.nonEntity(start..<(i + 1), rule: .nonEntityEvent)
    }
}
