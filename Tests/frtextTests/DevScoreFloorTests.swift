import Foundation
import Testing

/// The dev set's scores (`../shared/eval/score.py`, publication dates given) never go below the
/// figures recorded in `Snapshots/dev-score-floor.json`. A commit that improves a figure raises its
/// floor (`FRTEXT_RECORD_SNAPSHOTS=1`); a floor is never lowered to make a change pass.
@Suite struct GuardrailDevScoreTests {
    /// The figures the floor keeps, as paths into score.py's `--json` summary.
    static let figures: [(name: String, path: [String])] = [
        ("entity mention F1", ["entities", "mentions", "ALL", "f1"]),
        ("PER F1", ["entities", "mentions", "PER", "f1"]),
        ("LOC F1", ["entities", "mentions", "LOC", "f1"]),
        ("ORG F1", ["entities", "mentions", "ORG", "f1"]),
        ("DATE F1", ["entities", "mentions", "DATE", "f1"]),
        ("DATE value accuracy", ["dates", "value", "accuracy"]),
        ("quote F1", ["quotes", "f1"]),
        ("speaker accuracy", ["speaker", "accuracy"]),
        ("quote+speaker F1", ["quote_speaker", "f1"]),
        ("inclusive F1", ["inclusive", "f1"]),
        ("inclusive expansions", ["inclusive", "expansions", "accuracy"]),
    ]

    static var canScore: Bool { Guardrails.devCorpusIsAvailable && Guardrails.python != nil }

    @Test(.enabled(if: canScore, "needs ../shared/corpus/dev and ../shared/eval/score.py (run with python3) beside the package"))
    func devScoresStayAboveTheFloor() throws {
        let report = try Guardrails.devReport()
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("frtext-dev-\(UUID().uuidString).jsonl")
        try report.write(to: out, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: out) }

        let process = Process()
        process.executableURL = URL(fileURLWithPath: Guardrails.python!)
        process.arguments = [Guardrails.scorer.path, Guardrails.devCorpus.path, out.path, "--json"]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let summary = try JSONSerialization.jsonObject(with: data) as? [String: Any]
        let overall = try #require(summary?["overall"] as? [String: Any])

        var now: [String: Double] = [:]
        for figure in Self.figures {
            var node: Any? = overall
            for key in figure.path { node = (node as? [String: Any])?[key] }
            now[figure.name] = (node as? NSNumber)?.doubleValue ?? 0
        }
        let file = Guardrails.snapshots.appendingPathComponent("dev-score-floor.json")
        if Guardrails.isRecording {
            let data = try JSONSerialization.data(withJSONObject: now, options: [.prettyPrinted, .sortedKeys])
            try data.write(to: file)
            return
        }
        let floor = try JSONSerialization.jsonObject(with: Data(contentsOf: file)) as? [String: Double] ?? [:]
        for figure in Self.figures {
            let value = now[figure.name] ?? 0, minimum = floor[figure.name] ?? 0
            #expect(value >= minimum - 1e-9, "dev \(figure.name) fell to \(value) (floor \(minimum))")
        }
    }
}
