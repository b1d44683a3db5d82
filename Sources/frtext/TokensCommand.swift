import ArgumentParser
import Foundation
import FrenchText

struct TokensCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "tokens", abstract: "Print the tokens of French text files.")

    @Argument(help: "Files to tokenize.") var files: [String]

    func run() throws {
        for file in files {
            let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: file)))
            let text = try UTF8Validation.decode(bytes, source: file)
            let doc = Tokenizer().document(from: text, name: file)
            for t in doc.tokens { print("\(t.span.start)\t\(t.span.end)\t\(t.kind.rawValue)\t\(t.text)") }
        }
    }
}
