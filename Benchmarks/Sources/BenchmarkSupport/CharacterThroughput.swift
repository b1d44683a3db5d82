import Benchmark

/// Characters per second as a benchmark metric: one iteration handles the whole corpus, and
/// its wall-clock time gives `characters / seconds`. package-benchmark's own `throughput`
/// counts iterations (corpus passes) per second; this one says what a user compares with
/// spaCy's ~23k chars/s. Shown in thousands (`chars/s (K)`) in every suite, so the tables
/// read side by side.
public enum CharacterThroughput {
    /// `chars/s` (larger is better, not scaled by the iteration scaling factor).
    public static var metric: BenchmarkMetric { .custom("chars/s", polarity: .prefersLarger, useScalingFactor: false) }
    /// Tokenizer throughput over bare ICU throughput, in percent, both timed in one iteration.
    public static var ratioMetric: BenchmarkMetric { .custom("tokenizer/ICU %", polarity: .prefersLarger, useScalingFactor: false) }

    /// The metrics every FrenchText suite records: chars/s, wall clock per corpus pass, passes
    /// per second, peak resident memory (whole process, and growth over the start of the
    /// benchmark), and malloc calls (from the malloc interposer).
    public static var metrics: [BenchmarkMetric] {
        [metric, .wallClock, .throughput, .peakMemoryResident, .peakMemoryResidentDelta, .mallocCountTotal]
    }

    /// Tolerances used by `benchmark thresholds check` and `baseline check`: timings on a shared
    /// 2-core machine move by 10–20 % from run to run, so time-like metrics get 25 % at the
    /// median and 35 % at p75; memory and malloc counts are steadier.
    public static var thresholds: [BenchmarkMetric: BenchmarkThresholds] { [
        metric: BenchmarkThresholds(relative: [.p50: 25.0, .p75: 35.0]),
        ratioMetric: BenchmarkThresholds(relative: [.p50: 25.0]),
        .wallClock: BenchmarkThresholds(relative: [.p50: 25.0, .p75: 35.0]),
        .throughput: BenchmarkThresholds(relative: [.p50: 25.0, .p75: 35.0]),
        .peakMemoryResident: BenchmarkThresholds(relative: [.p50: 15.0]),
        .peakMemoryResidentDelta: BenchmarkThresholds(relative: [.p50: 25.0]),
        .mallocCountTotal: BenchmarkThresholds(relative: [.p50: 10.0]),
    ] }

    /// The configuration every FrenchText suite uses: at most 3 s or 500 corpus passes per
    /// benchmark, after one warm-up pass (lexicon and ICU data loaded before measuring).
    public static func configuration(metrics: [BenchmarkMetric] = metrics) -> Benchmark.Configuration {
        .init(
            metrics: metrics,
            units: [metric: .kilo],
            warmupIterations: 1,
            maxDuration: .seconds(3),
            maxIterations: 500,
            thresholds: thresholds.filter { metrics.contains($0.key) }
        )
    }

    /// Runs `body` once, timed, and records its chars/s for `characters` code points.
    @inline(__always)
    public static func measure(_ benchmark: Benchmark, characters: Int, _ body: () -> Void) {
        let elapsed = ContinuousClock().measure(body)
        benchmark.measurement(metric, rate(characters, elapsed))
    }

    /// `characters` per `elapsed`, rounded down; `Int.max` when no time passed.
    public static func rate(_ characters: Int, _ elapsed: Duration) -> Int {
        let (seconds, attoseconds) = elapsed.components
        let total = Double(seconds) + Double(attoseconds) / 1e18
        return total > 0 ? Int(Double(characters) / total) : Int.max
    }
}
