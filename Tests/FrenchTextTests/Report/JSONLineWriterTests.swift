import Foundation
import Testing
@testable import FrenchText

/// `JSONLineWriter` writes the very bytes `JSONEncoder` (sorted keys, slashes unescaped) writes for the same record.
@Suite struct JSONLineWriterTests {
    static func encoded(_ r: AnalysisRecord) throws -> String {
        String(decoding: try AnalysisRecord.lineEncoder.encode(r), as: UTF8.self)
    }

    /// Every text of `Corpus/` analysed: the two encodings agree byte for byte.
    @Test func sameBytesAsTheEncoderOnTheCorpus() throws {
        let corpus = PackageRoot.url.appendingPathComponent("Corpus")
        let files = try FileManager.default.contentsOfDirectory(atPath: corpus.path).filter { $0.hasSuffix(".txt") }.sorted()
        #expect(files.count > 10)
        for file in files {
            let text = try String(contentsOf: corpus.appendingPathComponent(file), encoding: .utf8)
            let record = AnalysisRecord(FrenchAnalyzer().analyze(text, name: file))
            #expect(JSONLineWriter.line(record) == (try Self.encoded(record)), "\(file)")
        }
    }

    /// Quotation marks, backslashes, slashes, control characters, non-ASCII and emoji in every string field; doubles of
    /// every shape; optional fields absent and present; a DATE without a value; a skipped file.
    @Test func sameBytesOnHostileValues() throws {
        let odd = "« L’“État” \\ a/b » \u{0}\u{1}\u{1f}\u{7f}\u{2028} é 😀\n\t\r\u{8}\u{c}"
        for confidence in [0.72, 1.0, 0.0, 0.5, 0.1 + 0.2, 1e-7, 123_456_789.0, 0.95] {
            var r = ReportFixture.record(name: odd, source: odd, speaker: odd)
            r.quotes = r.quotes.map { q in
                var q = q
                q.confidence = confidence
                q.text = odd
                q.cue = odd
                q.speakerResolution = odd
                return q
            }
            r.quotes.append(.init(kind: "direct", text: odd, start: 0, end: 3))
            r.entities.append(.init(text: odd, type: "DATE", start: 1, end: 2, canonical: odd, value: nil, rule: odd))
            r.entities.append(.init(text: odd, type: "ORG", start: 1, end: 2, canonical: odd, value: nil, rule: odd))
            r.inclusive.append(.init(form: odd, masc: odd, fem: odd, start: 4, end: 9))
            r.warnings.append(odd)
            r.encoding = odd
            r.date = nil
            #expect(JSONLineWriter.line(r) == (try Self.encoded(r)))
        }
        var skipped = ReportFixture.record()
        skipped.skipped = .init(code: "FT003", message: odd)
        #expect(JSONLineWriter.line(skipped) == (try Self.encoded(skipped)))
    }

    /// A confidence the encoder refuses (not finite) is not written: the caller falls back to the encoder's error.
    @Test func aNonFiniteDoubleIsLeftToTheEncoder() {
        var r = ReportFixture.record()
        r.quotes[0].confidence = .nan
        #expect(JSONLineWriter.line(r) == nil)
    }
}
