import Foundation
import Testing

/// `--dates FILE`: each document's own publication date, from a TSV.
@Suite struct DatesOptionTests {
    static let musicians = "Selon l'Intérieur, la mobilisation est au plus bas depuis le 17 novembre.\n"
    static let geneva = "Le Haut-Commissaire a rappelé que les combats avaient repris le 26 janvier.\n"

    static func dateValues(_ stdout: String) throws -> [String: String?] {
        var values = [String: String?]()
        for line in stdout.split(separator: "\n") {
            let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            let document = try #require(object["document"] as? String)
            let entities = object["entities"] as? [[String: Any]] ?? []
            values[document] = entities.first { $0["type"] as? String == "DATE" }?["value"] as? String
        }
        return values
    }

    @Test func eachDocumentGetsItsOwnDate() throws {
        let s = Scratch()
        defer { s.remove() }
        s.write("lot/caen.txt", Self.musicians)
        s.write("lot/geneve.txt", Self.geneva)
        let dates = s.write("dates.tsv", "# document\tpublished\ncaen.txt\t2019-04-06\n\(s.path("lot/geneve.txt"))\t2025-02-07\n")
        let result = try CLI.run(["report", s.path("lot"), "--format", "jsonl", "--quiet", "--dates", dates])
        #expect(result.status == 0)
        let values = try Self.dateValues(result.stdout)
        #expect(values["caen.txt"] == "2019-11-17")
        #expect(values["geneve.txt"] == "2025-01-26")
    }

    @Test func withoutDatesAYearlessDateHasNoValue() throws {
        let s = Scratch()
        defer { s.remove() }
        s.write("lot/caen.txt", Self.musicians)
        let result = try CLI.run(["report", s.path("lot"), "--format", "jsonl", "--quiet"])
        let values = try Self.dateValues(result.stdout)
        #expect(values["caen.txt"] == .some(nil))
    }

    @Test func aMonthOnlyDateGivesTheYear() throws {
        let s = Scratch()
        defer { s.remove() }
        s.write("lot/caen.txt", Self.musicians)
        let dates = s.write("dates.tsv", "caen.txt\t2019-04\n")
        let result = try CLI.run(["report", s.path("lot"), "--format", "jsonl", "--quiet", "--dates", dates])
        #expect(result.status == 0)
        #expect(try Self.dateValues(result.stdout)["caen.txt"] == "2019-11-17")
        let single = try CLI.run(["report", s.path("lot"), "--format", "jsonl", "--quiet", "--date", "2019"])
        #expect(try Self.dateValues(single.stdout)["caen.txt"] == "2019-11-17")
    }

    @Test(arguments: [["--date", "2024-02-30"], ["--date", "2024-13"]])
    func anImpossibleDateIsAUsageError(arguments: [String]) throws {
        let s = Scratch()
        defer { s.remove() }
        s.write("lot/caen.txt", Self.musicians)
        let result = try CLI.run(["report", s.path("lot"), "--quiet"] + arguments)
        #expect(result.status == 2)
        #expect(result.stderr.contains(arguments[1]) && result.stderr.contains("FT040") == false)
    }

    @Test func anImpossibleDateInTheFileNamesItsLine() throws {
        let s = Scratch()
        defer { s.remove() }
        s.write("lot/caen.txt", Self.musicians)
        let dates = s.write("dates.tsv", "# document\tpublished\ncaen.txt\t2024-02-30\n")
        let result = try CLI.run(["report", s.path("lot"), "--dates", dates, "--quiet"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("line 2") && result.stderr.contains("2024-02-30") && result.stderr.contains("29 days"))
    }

    @Test func aBadDatesFileIsAUsageError() throws {
        let s = Scratch()
        defer { s.remove() }
        s.write("lot/caen.txt", Self.musicians)
        let dates = s.write("dates.tsv", "caen.txt\t6 avril 2019\n")
        let result = try CLI.run(["report", s.path("lot"), "--dates", dates, "--quiet"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("line 1"))
    }
}

@Suite struct RelativeDatesFlagTests {
    @Test func theFlagTagsHier() throws {
        let s = Scratch()
        defer { s.remove() }
        s.write("lot/hier.txt", "Lyon, le 3 mars 2024 – La préfète a annoncé hier la réouverture du pont.\n")
        let off = try CLI.run(["entities", s.path("lot"), "--format", "jsonl", "--quiet"])
        let on = try CLI.run(["entities", s.path("lot"), "--format", "jsonl", "--quiet", "--relative-dates"])
        #expect(off.status == 0 && on.status == 0)
        #expect(!off.stdout.contains("\"hier\""))
        #expect(on.stdout.contains("2024-03-02"))
    }
}
