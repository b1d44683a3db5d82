/// Stage 1, `salient-speaker`: the last resort, with low confidence — the most salient person before the quote
/// (subject of its sentence or the one before, else the last speaker, else the last person named), as in
/// `…, Laurette Onkelinx, a tenu des propos clairs. « Je suis vraiment choquée… »`.
enum SalientSpeakerSieve {
    static func speaker(of index: Int, _ input: QuoteSieve.Input) -> Int? {
        let q = input.quotes[index]
        let speakers = input.participants.filter { $0.key < index }.sorted { $0.key < $1.key }.map(\.value)
        return input.model.mostSalient(before: q.span.start, gender: nil, kind: .person, recentSpeakers: speakers)
    }
}
