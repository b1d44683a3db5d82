import Benchmark
import BenchmarkSupport
import FrenchText

/// The tokenizer against its limit: FrenchText's `Tokenizer` and a bare ICU word-break
/// iteration (`BareICUWordBreak`) over the same corpus, in the same run; and the word view built on
/// its tokens.
let benchmarks: @Sendable () -> Void = {
    let corpus = BenchmarkCorpus.shared
    let tokenizer = FrenchText.Tokenizer()
    BenchmarkCorpus.announce(corpus)

    Benchmark("Tokenizer.document", configuration: CharacterThroughput.configuration()) { benchmark in
        CharacterThroughput.measure(benchmark, characters: corpus.characterCount) {
            for text in corpus.texts {
                blackHole(tokenizer.document(from: text.text, name: text.name))
            }
        }
    }

    // The word view every rule reads: one store look-up per token (forms already interned after the
    // warm-up pass, as in a long run), on documents tokenized in the untimed setup.
    let documents = corpus.texts.map { tokenizer.document(from: $0.text, name: $0.name) }
    Benchmark("WordView.build", configuration: CharacterThroughput.configuration()) { benchmark in
        CharacterThroughput.measure(benchmark, characters: corpus.characterCount) {
            for document in documents { blackHole(WordView(document)) }
        }
    }

    Benchmark("BareICUWordBreak.countBoundaries", configuration: CharacterThroughput.configuration()) { benchmark in
        CharacterThroughput.measure(benchmark, characters: corpus.characterCount) {
            for text in corpus.texts {
                blackHole(BareICUWordBreak.countBoundaries(in: text.text))
            }
        }
    }

    // Both timed in each iteration, so that the ratio compares like with like (same load,
    // same cache state) whatever else the machine is doing. Each side keeps the fastest of a few
    // passes, so that one preempted pass on a busy machine does not decide the ratio.
    Benchmark(
        "Tokenizer vs bare ICU",
        configuration: CharacterThroughput.configuration(metrics: [CharacterThroughput.ratioMetric, .wallClock])
    ) { benchmark in
        let icu = fastest(of: 5) {
            for text in corpus.texts { blackHole(BareICUWordBreak.countBoundaries(in: text.text)) }
        }
        let frenchText = fastest(of: 3) {
            for text in corpus.texts { blackHole(tokenizer.document(from: text.text, name: text.name)) }
        }
        let icuRate = CharacterThroughput.rate(corpus.characterCount, icu)
        let tokenizerRate = CharacterThroughput.rate(corpus.characterCount, frenchText)
        benchmark.measurement(CharacterThroughput.ratioMetric, icuRate > 0 ? tokenizerRate * 100 / icuRate : 0)
    }
}

/// The shortest of `passes` timed runs of `body`.
func fastest(of passes: Int, _ body: () -> Void) -> Duration {
    let clock = ContinuousClock()
    var best = Duration.seconds(Int64.max)
    for _ in 0..<passes { best = min(best, clock.measure(body)) }
    return best
}
