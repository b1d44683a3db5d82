import ArgumentParser
import Foundation
import FrenchText

struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "report", abstract: "Report on French text files or folders.")

    @Argument(help: "Files or folders.") var inputs: [String]
    @Option(help: "Output format: jsonl.") var format: String = "jsonl"
    @Option(help: "The documents' date (YYYY-MM-DD) when the text does not give it.") var date: String?

    func run() throws {
        let analyzer = FrenchAnalyzer()
        var files = [String]()
        for input in inputs {
            var isDir: ObjCBool = false
            if FileManager.default.fileExists(atPath: input, isDirectory: &isDir), isDir.boolValue {
                let names = (try? FileManager.default.contentsOfDirectory(atPath: input)) ?? []
                files += names.filter { $0.hasSuffix(".txt") }.sorted().map { input + "/" + $0 }
            } else { files.append(input) }
        }
        for file in files {
            let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: file)))
            let text = try UTF8Validation.decode(bytes, source: file)
            let analysis = analyzer.analyze(text, name: file, date: date)
            print(try AnalysisRecord(analysis, documentName: (file as NSString).lastPathComponent).jsonLine())
        }
    }
}
