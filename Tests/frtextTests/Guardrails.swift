import Foundation
import Testing

/// Where the guard-rail tests read and write: the package, its snapshots, the shared dev corpus.
///
/// Snapshots are re-recorded only with an explicit switch, like swift-argument-parser's `Snapshots/`:
///
///     FRTEXT_RECORD_SNAPSHOTS=1 swift test --skip-build --filter Guardrail
///
/// A commit that re-records says why each change of output is right.
enum Guardrails {
    static var packageRoot: URL {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url
    }

    static var snapshots: URL { packageRoot.appendingPathComponent("Tests/frtextTests/Snapshots") }

    static var isRecording: Bool { ProcessInfo.processInfo.environment["FRTEXT_RECORD_SNAPSHOTS"] == "1" }

    /// `../shared/corpus/dev` beside the package (real documents, never copied into the project).
    static var devCorpus: URL { packageRoot.appendingPathComponent("../shared/corpus/dev").standardizedFileURL }

    static var devCorpusIsAvailable: Bool {
        FileManager.default.fileExists(atPath: devCorpus.appendingPathComponent("README.md").path)
    }

    static var scorer: URL { packageRoot.appendingPathComponent("../shared/eval/score.py").standardizedFileURL }

    /// Why the dev-set guard rails are skipped, when they are.
    static let devSkipReason: Comment = "../shared/corpus/dev (the shared gold-annotated dev set) is not beside the package"

    static var python: String? {
        ["/usr/bin/python3", "/usr/local/bin/python3"].first { FileManager.default.isExecutableFile(atPath: $0) }
            ?? ProcessInfo.processInfo.environment["PATH"]?.split(separator: ":")
                .map { $0 + "/python3" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// The gold's publication dates as a `--dates` file (month-only dates as they are: `--dates` accepts
    /// `YYYY-MM`), written to a temporary file.
    static func devDatesFile() throws -> String {
        var lines: [String] = []
        for file in try FileManager.default.contentsOfDirectory(atPath: devCorpus.path).sorted() where file.hasSuffix(".gold.json") {
            let gold = try JSONSerialization.jsonObject(with: Data(contentsOf: devCorpus.appendingPathComponent(file))) as? [String: Any]
            guard let published = gold?["published"] as? String else { continue }
            lines.append(file.replacingOccurrences(of: ".gold.json", with: ".txt") + "\t" + published)
        }
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("frtext-dev-dates-\(UUID().uuidString).tsv").path
        try (lines.joined(separator: "\n") + "\n").write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    /// `frtext report` over the dev set as JSON Lines, with the gold's publication dates.
    static func devReport() throws -> String {
        let dates = try devDatesFile()
        defer { try? FileManager.default.removeItem(atPath: dates) }
        // Run from the corpus's parent with a relative path: each line's `path` must not depend on where the
        // clone sits (CI checks out elsewhere; an absolute path changed every digest).
        let result = try CLI.run(["report", devCorpus.lastPathComponent, "--format", "jsonl", "--quiet", "--dates", dates],
                                 in: devCorpus.deletingLastPathComponent())
        return result.stdout
    }

    /// A stable 64-bit FNV-1a digest (hex) of `text`'s UTF-8 bytes.
    static func digest(_ text: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        return String(hash, radix: 16)
    }
}
