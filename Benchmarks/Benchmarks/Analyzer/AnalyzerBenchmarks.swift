import Benchmark
import BenchmarkSupport
import FrenchText

/// The whole pipeline, text in, analysis out: what `frtext report` does per document.
let benchmarks: @Sendable () -> Void = {
    let corpus = BenchmarkCorpus.shared
    let analyzer = FrenchAnalyzer()
    BenchmarkCorpus.announce(corpus)

    Benchmark("FrenchAnalyzer.analyze", configuration: CharacterThroughput.configuration()) { benchmark in
        CharacterThroughput.measure(benchmark, characters: corpus.characterCount) {
            for text in corpus.texts {
                blackHole(analyzer.analyze(text.text, name: text.name))
            }
        }
    }
}
