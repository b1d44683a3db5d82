import Foundation
import Testing

/// End-to-end tests: run the built `frtext` binary as a process.
@Suite struct CLITests {
    @Test func tokensCommandPrintsTokens() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("frtext-cli-\(UUID()).txt")
        try "« Nous resterons », a-t-elle déclaré.".write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        let result = try CLI.run(["tokens", file.path])
        #expect(result.status == 0)
        #expect(result.stdout.contains("resterons"))
    }
}
