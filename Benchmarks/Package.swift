// swift-tools-version:6.1
import PackageDescription

// FrenchText benchmarks: a nested package so that package-benchmark (and its malloc
// interposer) stays out of the library's dependency graph. Run from this folder:
//
//     swift package --allow-writing-to-package-directory benchmark
//
// One executable per suite under Benchmarks/<Suite>/, each reading the texts of ../Corpus
// (and ../../shared/corpus/dev when present) through BenchmarkSupport.
let suites = ["Tokenizer", "Quotes", "Entities", "Analyzer"]

let package = Package(
    name: "FrenchTextBenchmarks",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(name: "FrenchText", path: ".."),
        .package(url: "https://github.com/ordo-one/benchmark", from: "1.38.1", traits: ["MallocInterposer"]),
    ],
    targets: [
        // Support: the benchmark texts and the chars/s metric.
        .target(
            name: "BenchmarkSupport",
            dependencies: [
                .product(name: "FrenchText", package: "FrenchText"),
                .product(name: "Benchmark", package: "benchmark"),
            ]
        ),
    ] + suites.map { suite in
        // Suites: one executable each, discovered by the benchmark plugin.
        .executableTarget(
            name: "\(suite)Benchmarks",
            dependencies: [
                "BenchmarkSupport",
                .product(name: "FrenchText", package: "FrenchText"),
                .product(name: "Benchmark", package: "benchmark"),
            ],
            path: "Benchmarks/\(suite)",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        )
    }
)
