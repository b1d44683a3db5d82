import Foundation
import Testing

/// The guard rail of every refactoring: what `frtext report` says about our own Corpus/ and about the
/// dev set changes only on purpose (re-record with `FRTEXT_RECORD_SNAPSHOTS=1`, see ``Guardrails``).
@Suite struct GuardrailSnapshotTests {
    /// `frtext report Corpus --format jsonl`, byte for byte, against `Snapshots/corpus-report.jsonl`.
    @Test func corpusReportMatchesSnapshot() throws {
        let result = try CLI.run(["report", "Corpus", "--format", "jsonl", "--quiet", "-j", "2"], in: Guardrails.packageRoot)
        #expect(result.status == 0, "\(result.stderr)")
        let file = Guardrails.snapshots.appendingPathComponent("corpus-report.jsonl")
        if Guardrails.isRecording {
            try result.stdout.write(to: file, atomically: true, encoding: .utf8)
            return
        }
        let expected = try String(contentsOf: file, encoding: .utf8)
        let got = result.lines, want = expected.split(separator: "\n").map(String.init)
        #expect(got.count == want.count, "documents: \(got.count) reported, \(want.count) in the snapshot")
        for (line, (g, w)) in zip(got, want).enumerated() where g != w {
            Issue.record("Corpus report changed at line \(line + 1) (\(Self.documentName(w))): \(Self.firstDifference(g, w))")
        }
    }

    /// The dev set's report (real third-party texts: only per-document digests and counts are stored).
    @Test(.enabled(if: Guardrails.devCorpusIsAvailable, Guardrails.devSkipReason))
    func devReportMatchesDigests() throws {
        let report = try Guardrails.devReport()
        let lines = report.split(separator: "\n").map { line -> String in
            let object = (try? JSONSerialization.jsonObject(with: Data(line.utf8))) as? [String: Any] ?? [:]
            let quotes = (object["quotes"] as? [Any])?.count ?? -1
            let entities = (object["entities"] as? [Any])?.count ?? -1
            return "\(object["document"] as? String ?? "?")\tquotes=\(quotes)\tentities=\(entities)\t\(Guardrails.digest(String(line)))"
        }
        let file = Guardrails.snapshots.appendingPathComponent("dev-report.digests")
        if Guardrails.isRecording {
            try (lines.joined(separator: "\n") + "\n").write(to: file, atomically: true, encoding: .utf8)
            return
        }
        let want = try String(contentsOf: file, encoding: .utf8).split(separator: "\n").map(String.init)
        #expect(lines.count == want.count)
        for (g, w) in zip(lines, want) where g != w {
            Issue.record("dev report changed: \(w) → \(g) (run score.py/errors.py to see what changed)")
        }
    }

    static func documentName(_ line: String) -> String {
        let object = (try? JSONSerialization.jsonObject(with: Data(line.utf8))) as? [String: Any]
        return object?["document"] as? String ?? "?"
    }

    static func firstDifference(_ a: String, _ b: String) -> String {
        let x = Array(a), y = Array(b)
        var i = 0
        while i < min(x.count, y.count), x[i] == y[i] { i += 1 }
        let lo = max(0, i - 60)
        return "now …\(String(x[lo..<min(x.count, i + 80)]))… was …\(String(y[lo..<min(y.count, i + 80)]))…"
    }
}
