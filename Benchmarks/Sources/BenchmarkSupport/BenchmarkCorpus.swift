import Foundation

/// The texts every suite measures: the project's `Corpus/*.txt` and, when present beside the
/// repository, the dev texts `../shared/corpus/dev/*.txt`. Read once, at benchmark start.
///
/// The folders are found from this file's location (`#filePath`), so the suites run from any
/// working directory. `FRENCHTEXT_BENCH_CORPUS` (colon-separated folders) replaces them.
public struct BenchmarkCorpus: Sendable {
    /// One text: its file name and content.
    public struct Text: Sendable {
        public let name: String
        public let text: String
        /// Unicode code points, the unit of FrenchText's offsets and of the chars/s figures.
        public let characterCount: Int
    }

    public let texts: [Text]
    /// Total code points over all texts: the work of one benchmark iteration.
    public let characterCount: Int

    /// The corpus, loaded once per process.
    public static let shared = BenchmarkCorpus(folders: defaultFolders())

    public init(folders: [URL]) {
        var texts = [Text]()
        let files = FileManager.default
        for folder in folders {
            guard let names = try? files.contentsOfDirectory(atPath: folder.path) else { continue }
            for name in names.sorted() where name.hasSuffix(".txt") {
                let url = folder.appendingPathComponent(name)
                guard let data = files.contents(atPath: url.path),
                      let text = String(data: data, encoding: .utf8) else { continue }
                texts.append(Text(name: name, text: text, characterCount: text.unicodeScalars.count))
            }
        }
        self.texts = texts
        characterCount = texts.reduce(0) { $0 + $1.characterCount }
    }

    /// `<repo>/Corpus` and `<repo>/../shared/corpus/dev`, `<repo>` being the parent of this package.
    static func defaultFolders() -> [URL] {
        if let override = ProcessInfo.processInfo.environment["FRENCHTEXT_BENCH_CORPUS"], !override.isEmpty {
            return override.split(separator: ":").map { URL(fileURLWithPath: String($0)) }
        }
        // …/Benchmarks/Sources/BenchmarkSupport/BenchmarkCorpus.swift → …/Benchmarks → repo
        let repository = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        return [
            repository.appendingPathComponent("Corpus"),
            repository.deletingLastPathComponent().appendingPathComponent("shared/corpus/dev"),
        ]
    }

    /// A one-line description for the start of a run, e.g. `31 texts, 104512 chars`.
    public var summary: String { "\(texts.count) texts, \(characterCount) chars" }

    /// Writes the summary to standard error (standard output belongs to the benchmark driver).
    public static func announce(_ corpus: BenchmarkCorpus) {
        FileHandle.standardError.write(Data("FrenchText benchmark corpus: \(corpus.summary)\n".utf8))
    }
}
