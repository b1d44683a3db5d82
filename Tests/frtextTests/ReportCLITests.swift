import Foundation
import Testing

/// `frtext report` run as a process on real files.
@Suite struct ReportCLITests {
    static func objects(_ jsonl: String) throws -> [[String: Any]] {
        try jsonl.split(separator: "\n").map { try #require(JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]) }
    }

    static func list(_ object: [String: Any], _ key: String) -> [[String: Any]] { object[key] as? [[String: Any]] ?? [] }

    @Test func jsonLinesParseBackInInputOrder() throws {
        let corpus = Scratch.corpus()
        defer { corpus.remove() }
        let result = try CLI.run(["report", corpus.root, "--format", "jsonl", "--quiet"])
        #expect(result.status == 0)
        let records = try Self.objects(result.stdout)
        #expect(records.map { $0["path"] as? String } == Scratch.releases.map(\.0).sorted().map { corpus.path($0) })
        #expect(records.map { $0["source"] as? String } == ["amnesty", "amnesty", "hrw", "presse", "presse", "presse"])
        for r in records {
            #expect(r["quotes"] is [Any] && r["entities"] is [Any] && r["inclusive"] is [Any])
            #expect((r["paragraphs"] as? Int ?? 0) >= 1)
        }
        let quoted = records.map { Self.list($0, "quotes").filter { $0["kind"] as? String == "direct" }.count }
        let speakers = Set(records.flatMap { Self.list($0, "quotes").compactMap { $0["speaker"] as? String } })
        #expect(quoted == [2, 1, 1, 1, 1, 1])
        #expect(speakers.isSuperset(of: ["Anna Wright", "Volker Türk", "Daniel Bekele", "Marie Lefèvre", "Régis Labeaume", "Julie Tremblay"]))
    }

    @Test func orderIsTheSameWhateverTheParallelism() throws {
        let s = Scratch()
        defer { s.remove() }
        // Uneven sizes so that later files finish before earlier ones.
        for i in 0..<24 {
            let (_, text) = Scratch.releases[i % Scratch.releases.count]
            s.write(String(format: "lot/%02d.txt", i), String(repeating: text + "\n\n", count: i % 5 == 0 ? 12 : 1))
        }
        let one = try CLI.run(["report", s.root, "--format", "jsonl", "--jobs", "1", "--quiet"])
        let many = try CLI.run(["report", s.root, "--format", "jsonl", "--jobs", "8", "--quiet"])
        #expect(one.status == 0 && many.status == 0)
        #expect(one.lines.count == 24)
        #expect(one.stdout == many.stdout)
        #expect(try Self.objects(many.stdout).map { $0["document"] as? String } == (0..<24).map { String(format: "%02d.txt", $0) })
    }

    @Test func jsonIsOneArrayOrOneFilePerDocument() throws {
        let corpus = Scratch.corpus()
        defer { corpus.remove() }
        let result = try CLI.run(["report", corpus.root, "--format", "json", "--quiet"])
        #expect(result.status == 0)
        let array = try #require(JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        #expect(array.count == 6)
        #expect(array.first?["document"] as? String == "belarus.txt")

        let folder = corpus.path("out") + "/"
        let perFile = try CLI.run(["report", corpus.path("presse"), "--format", "json", "--output", folder, "--quiet"])
        #expect(perFile.status == 0)
        let names = try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
        #expect(names == ["caen.json", "greve.json", "quebec.json"])
        let one = try #require(JSONSerialization.jsonObject(with: Data(corpus.read("out/caen.json").utf8)) as? [String: Any])
        #expect(one["document"] as? String == "caen.txt")
    }

    @Test func csvTablesParseBack() throws {
        let corpus = Scratch.corpus()
        defer { corpus.remove() }
        let out = corpus.path("tables")
        let result = try CLI.run(["report", corpus.root, "--format", "csv", "--output", out, "--quiet"])
        #expect(result.status == 0)
        let quotes = CSV.parse(corpus.read("tables/quotes.csv"))
        let entities = CSV.parse(corpus.read("tables/entities.csv"))
        #expect(quotes.first?.prefix(6) == ["document", "path", "source", "kind", "text", "speaker"])
        #expect(entities.first?.prefix(7) == ["document", "path", "source", "type", "text", "canonical", "value"])
        #expect(quotes.allSatisfy { $0.count == quotes[0].count })
        #expect(entities.allSatisfy { $0.count == entities[0].count })
        #expect(corpus.read("tables/quotes.csv").hasSuffix("\r\n"))
        // The same rows as the JSON Lines.
        let records = try Self.objects(try CLI.run(["report", corpus.root, "--format", "jsonl", "--quiet"]).stdout)
        #expect(quotes.count - 1 == records.reduce(0) { $0 + Self.list($1, "quotes").count })
        #expect(entities.count - 1 == records.reduce(0) { $0 + Self.list($1, "entities").count })
        let text = quotes[0].firstIndex(of: "text") ?? 0
        #expect(quotes.dropFirst().contains { $0[text] == "Les civils paient le prix fort de cette guerre" })
        let value = entities[0].firstIndex(of: "value") ?? 0
        #expect(entities.dropFirst().contains { $0[value] == "2014-06-02" })
        // Without a folder, csv is a usage error.
        #expect(try CLI.run(["report", corpus.root, "--format", "csv", "--quiet"]).status == 2)
    }

    @Test func htmlIsOneWellFormedSelfContainedPage() throws {
        let corpus = Scratch.corpus()
        defer { corpus.remove() }
        let result = try CLI.run(["report", corpus.root, "--format", "html", "--output", corpus.path("r.html"), "--quiet"])
        #expect(result.status == 0)
        let html = corpus.read("r.html")
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(HTMLCheck.problem(in: html) == nil)
        #expect(!html.contains("src=\"http") && !html.contains("href=\"http") && !html.contains("@import"))
        #expect(html.contains("id=\"corpus\""))
        #expect(html.components(separatedBy: "<article class=\"doc\"").count - 1 == 6)
        #expect(html.contains("« Les civils paient le prix fort de cette guerre »"))
        #expect(html.contains("<span class=\"q direct\""))
        #expect(html.contains("class=\"who\" href=\"#d1-s1\""))
        #expect(html.contains("<span class=\"e PER\""))
        #expect(html.contains("<span class=\"e LOC\""))
        #expect(html.contains("<span class=\"e DATE\""))
    }

    @Test func markdownAndTextReportEachDocumentAndTheCorpus() throws {
        let corpus = Scratch.corpus()
        defer { corpus.remove() }
        let md = try CLI.run(["report", corpus.root, "--format", "md", "--quiet"])
        #expect(md.status == 0)
        #expect(md.stdout.hasPrefix("# FrenchText report"))
        #expect(md.stdout.contains("## belarus.txt") && md.stdout.contains("## quebec.txt"))
        #expect(md.stdout.contains("## Corpus"))
        #expect(md.stdout.contains("### Share of quotes by speaker gender"))
        let text = try CLI.run(["report", corpus.root, "--format", "text", "--quiet"])
        #expect(text.status == 0)
        #expect(text.stdout.contains("━━ caen.txt"))
        #expect(text.stdout.contains("━━ Corpus"))
        #expect(!text.stdout.contains("\u{1B}["), "no colour when standard output is a pipe")
        #expect(try CLI.run(["report", corpus.root, "--format", "text", "--color", "always", "--quiet"]).stdout.contains("\u{1B}["))
    }

    @Test func windows1252FileIsConvertedWithAWarning() throws {
        let s = Scratch()
        defer { s.remove() }
        // « Nous étions là dès l’aube », a déclaré Mme Lefèvre à Genève.   (Windows-1252 bytes)
        let bytes: [UInt8] = [0xAB, 0x20] + Array("Nous ".utf8) + [0xE9] + Array("tions l".utf8) + [0xE0] + Array(" d".utf8) + [0xE8]
            + Array("s l".utf8) + [0x92] + Array("aube ".utf8) + [0xBB] + Array(", a d".utf8) + [0xE9] + Array("clar".utf8) + [0xE9]
            + Array(" Mme Lef".utf8) + [0xE8] + Array("vre ".utf8) + [0xE0] + Array(" Gen".utf8) + [0xE8] + Array("ve.\r\n".utf8)
        let file = s.write("ancien-cp1252.txt", bytes: bytes)
        let result = try CLI.run(["report", file, "--format", "html", "--quiet"])
        #expect(result.status == 0)
        #expect(result.stderr.contains("ancien-cp1252.txt"))
        #expect(result.stderr.lowercased().contains("windows-1252"))
        #expect(result.stdout.contains("Nous étions là dès l’aube"))
        #expect(result.stdout.contains("Lefèvre"))
        let jsonl = try CLI.run(["report", file, "--format", "jsonl", "--quiet"])
        let record = try #require(try Self.objects(jsonl.stdout).first)
        #expect((record["encoding"] as? String)?.lowercased() == "windows-1252")
        #expect((record["warnings"] as? [String])?.first?.contains("ancien-cp1252.txt") == true)
    }

    @Test(arguments: ["jsonl", "text", "html"])
    func binaryAndEmptyFilesAreSkippedAndTheOthersReported(format: String) throws {
        let s = Scratch()
        defer { s.remove() }
        s.write("lot/1-caen.txt", Scratch.releases[3].1)
        s.write("lot/2-image.txt", bytes: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0])
        s.write("lot/3-vide.txt", "")
        s.write("lot/4-quebec.txt", Scratch.releases[4].1)
        let result = try CLI.run(["report", s.path("lot"), "--format", format, "--quiet"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("2-image.txt") && result.stderr.contains("FT003"))
        #expect(result.stderr.contains("3-vide.txt") && result.stderr.contains("FT002"))
        #expect(result.stdout.contains("1-caen.txt") && result.stdout.contains("4-quebec.txt"))
        #expect(result.stdout.contains("Douze musiciens ont été verbalisés") == (format == "html"))
        if format == "jsonl" {
            let records = try Self.objects(result.stdout)
            #expect(records.map { $0["document"] as? String } == ["1-caen.txt", "2-image.txt", "3-vide.txt", "4-quebec.txt"])
            #expect(records.map { ($0["skipped"] as? [String: Any])?["code"] as? String } == [nil, "FT003", "FT002", nil])
        }
    }

    @Test func missingAndOversizedFilesDoNotStopTheBatch() throws {
        let corpus = Scratch.corpus()
        defer { corpus.remove() }
        let result = try CLI.run(["report", corpus.path("absent.txt"), corpus.path("presse"), "--max-size", "200", "--format", "jsonl", "--quiet"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("absent.txt") && result.stderr.contains("FT004"))
        #expect(result.stderr.contains("FT005"))
        #expect(result.lines.count == 4)
    }

    @Test func globAndSourceRuleChooseFilesAndSources() throws {
        let s = Scratch()
        defer { s.remove() }
        s.write("depeches/afp-2025-belarus.md", Scratch.releases[0].1)
        s.write("depeches/reuters_congo.md", Scratch.releases[1].1)
        s.write("depeches/notes.txt", Scratch.releases[2].1)
        let result = try CLI.run(["report", s.path("depeches"), "--glob", "*.md", "--source-by", "prefix", "--format", "jsonl"])
        #expect(result.status == 0)
        let records = try Self.objects(result.stdout)
        #expect(records.map { $0["document"] as? String } == ["afp-2025-belarus.md", "reuters_congo.md"])
        #expect(records.map { $0["source"] as? String } == ["afp", "reuters"])
        // Not a terminal: no progress bar, one closing line.
        #expect(!result.stderr.contains("█"))
        #expect(result.stderr.contains("frtext: 2 documents analysed"))
    }

    @Test func theOutputExtensionChoosesTheFormat() throws {
        let corpus = Scratch.corpus()
        defer { corpus.remove() }
        #expect(try CLI.run(["report", corpus.path("hrw"), "-o", corpus.path("r.html"), "-q"]).status == 0)
        #expect(corpus.read("r.html").hasPrefix("<!DOCTYPE html>"))
        #expect(try CLI.run(["report", corpus.path("hrw"), "-o", corpus.path("r.md"), "-q"]).status == 0)
        #expect(corpus.read("r.md").hasPrefix("# FrenchText report"))
        #expect(try CLI.run(["entities", corpus.path("hrw"), "-o", corpus.path("e.csv"), "-q"]).status == 0)
        #expect(corpus.read("e.csv").hasPrefix("document,path,source,type"))
        #expect(try CLI.run(["report", corpus.path("hrw"), "-f", "html", "-o", corpus.path("site") + "/", "-q"]).status == 0)
        #expect(corpus.read("site/index.html").hasPrefix("<!DOCTYPE html>"))
    }

    @Test func noInputFoundIsAFailure() throws {
        let s = Scratch()
        defer { s.remove() }
        s.write("vide/notes.md", "Rien à signaler.")
        let result = try CLI.run(["report", s.path("vide"), "--format", "jsonl"])
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("no input files found"))
    }

    @Test func standardInputIsADocument() throws {
        let result = try CLI.run(["report", "-", "--format", "jsonl", "--date", "2025-02-04", "--quiet"], stdin: Data(Scratch.releases[1].1.utf8))
        #expect(result.status == 0)
        let record = try #require(try Self.objects(result.stdout).first)
        #expect(record["document"] as? String == "stdin")
        #expect(record["date"] as? String == "2025-02-04")
    }

    @Test(arguments: [
        ["report", "x.txt", "--format", "pdf"], ["report", "x.txt", "--shard", "3/2"], ["report", "x.txt", "--date", "4 février"],
        ["report", "x.txt", "--max-size", "beaucoup"], ["report"], ["quotes", "x.txt", "--format", "html"], ["merge"],
    ])
    func usageErrorsExitWithTwo(arguments: [String]) throws {
        let result = try CLI.run(arguments)
        #expect(result.status == 2)
        #expect(!result.stderr.isEmpty)
    }

    @Test func shardsCoverTheCorpusAndMergeGivesTheSameAggregates() throws {
        let corpus = Scratch.corpus()
        defer { corpus.remove() }
        corpus.write("presse/zz-binaire.txt", bytes: [0, 1, 2, 3, 0, 0, 9])
        let whole = try CLI.run(["report", corpus.root, "--format", "jsonl", "--summary", corpus.path("whole.json"), "--quiet"])
        #expect(whole.status == 1)
        var shardDocs = [[String]]()
        for k in 1...2 {
            let r = try CLI.run(["report", corpus.root, "--shard", "\(k)/2", "--format", "jsonl", "--output", corpus.path("shard-\(k).jsonl"), "--quiet"])
            #expect(r.status == (k == 1 ? 1 : 0))   // the binary file is 7th of 7: shard 1
            shardDocs.append(try Self.objects(corpus.read("shard-\(k).jsonl")).compactMap { $0["path"] as? String })
        }
        let all = try Self.objects(whole.stdout).compactMap { $0["path"] as? String }
        #expect(shardDocs.map(\.count) == [4, 3])
        #expect(Set(shardDocs[0]).isDisjoint(with: shardDocs[1]))
        #expect(Set(shardDocs.flatMap { $0 }) == Set(all))

        let merged = try CLI.run(["merge", corpus.path("shard-2.jsonl"), corpus.path("shard-1.jsonl"), "--format", "json"])
        #expect(merged.status == 1, "a skipped file is still reported after the merge")
        #expect(merged.stdout == corpus.read("whole.json"))
        let summary = try #require(JSONSerialization.jsonObject(with: Data(merged.stdout.utf8)) as? [String: Any])
        #expect(summary["documents"] as? Int == 6)
        #expect((summary["skipped"] as? [Any])?.count == 1)

        let html = try CLI.run(["merge", corpus.path("shard-1.jsonl"), corpus.path("shard-2.jsonl"), "--format", "html"])
        #expect(HTMLCheck.problem(in: html.stdout) == nil)
        #expect(html.stdout.contains("id=\"corpus\""))
        let md = try CLI.run(["merge", corpus.path("shard-1.jsonl"), corpus.path("shard-2.jsonl"), "--format", "md"])
        #expect(md.stdout.contains("## Corpus"))
    }

    @Test func mergeReportsBadLines() throws {
        let s = Scratch()
        defer { s.remove() }
        let file = s.write("bad.jsonl", "{\"document\": \"a.txt\"\nnot json\n")
        let result = try CLI.run(["merge", file])
        #expect(result.status == 1)
        #expect(result.stderr.contains("bad.jsonl:1") && result.stderr.contains("bad.jsonl:2"))
    }
}

/// RFC 4180 parsing for the tests (independent of the library's parser).
enum CSV {
    static func parse(_ text: String) -> [[String]] {
        var rows = [[String]](), row = [String](), field = "", quoted = false
        var chars = Array(text.unicodeScalars)[...]
        while let c = chars.popFirst() {
            if quoted {
                if c == "\"" {
                    if chars.first == "\"" { chars.removeFirst(); field.unicodeScalars.append("\"") } else { quoted = false }
                } else { field.unicodeScalars.append(c) }
            } else if c == "\"" { quoted = true }
            else if c == "," { row.append(field); field = "" }
            else if c == "\r" && chars.first == "\n" { chars.removeFirst(); row.append(field); rows.append(row); row = []; field = "" }
            else { field.unicodeScalars.append(c) }
        }
        if !field.isEmpty || !row.isEmpty { row.append(field); rows.append(row) }
        return rows
    }
}
