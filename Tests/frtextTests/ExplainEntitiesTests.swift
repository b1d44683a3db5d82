import Testing

/// `frtext explain --entities`: each mention with the rule that made it and the resolver passes that changed it.
@Suite struct ExplainEntitiesTests {
    @Test func eachMentionNamesItsRule() throws {
        let result = try CLI.run(["explain", "--entities", "Le 1er septembre 2025, M. Volker Türk est arrivé à Genève. Türk a parlé."])
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first == "document date: 2025-09-01")
        #expect(lines.contains { $0.contains("DATE  1er septembre 2025  date-day-month  = 2025-09-01") })
        #expect(lines.contains { $0.contains("PER   Volker Türk  person-title") })
        #expect(lines.contains { $0.contains("PER   Türk  person-surname-back-reference (Volker Türk)") })
    }
}
