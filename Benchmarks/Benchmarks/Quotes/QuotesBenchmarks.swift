import Benchmark
import BenchmarkSupport
import FrenchText

/// Quote extraction alone, on documents tokenized and tagged beforehand (setup is not timed).
let benchmarks: @Sendable () -> Void = {
    let corpus = BenchmarkCorpus.shared
    BenchmarkCorpus.announce(corpus)

    Benchmark("QuoteExtractor.quotes", configuration: CharacterThroughput.configuration()) { (benchmark: Benchmark, prepared: [(Document, [EntityMention])]) in
        let extractor = QuoteExtractor()
        CharacterThroughput.measure(benchmark, characters: corpus.characterCount) {
            for (document, entities) in prepared {
                blackHole(extractor.quotes(in: document, entities: entities))
            }
        }
    } setup: {
        let tokenizer = FrenchText.Tokenizer()
        let tagger = EntityTagger()
        return corpus.texts.map { text -> (Document, [EntityMention]) in
            let document = tokenizer.document(from: text.text, name: text.name)
            return (document, tagger.mentions(in: document, documentDate: nil))
        }
    }
}
