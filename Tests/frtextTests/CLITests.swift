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

enum CLI {
    struct Result { let status: Int32; let stdout: String; let stderr: String }

    /// The built `frtext` beside the test bundle.
    static var binary: URL {
        var dir = Bundle.main.bundleURL
        for _ in 0..<4 {
            let candidate = dir.appendingPathComponent("frtext")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            dir = dir.deletingLastPathComponent()
        }
        return URL(fileURLWithPath: ".build/debug/frtext")
    }

    static func run(_ arguments: [String], stdin: Data? = nil) throws -> Result {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        let out = Pipe(), err = Pipe(), input = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input
        try process.run()
        if let stdin { input.fileHandleForWriting.write(stdin) }
        try input.fileHandleForWriting.close()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self), stderr: String(decoding: errData, as: UTF8.self))
    }
}
