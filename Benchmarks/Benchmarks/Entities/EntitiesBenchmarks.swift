import Benchmark
import BenchmarkSupport
import FrenchText

/// Entity tagging alone, on documents tokenized beforehand (setup is not timed).
let benchmarks: @Sendable () -> Void = {
    let corpus = BenchmarkCorpus.shared
    BenchmarkCorpus.announce(corpus)

    Benchmark("EntityTagger.mentions", configuration: CharacterThroughput.configuration()) { (benchmark: Benchmark, documents: [Document]) in
        let tagger = EntityTagger()
        CharacterThroughput.measure(benchmark, characters: corpus.characterCount) {
            for document in documents {
                blackHole(tagger.mentions(in: document, documentDate: nil))
            }
        }
    } setup: {
        let tokenizer = FrenchText.Tokenizer()
        return corpus.texts.map { tokenizer.document(from: $0.text, name: $0.name) }
    }
}
