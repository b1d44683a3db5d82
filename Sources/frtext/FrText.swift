import ArgumentParser
import FrenchText

#if canImport(Glibc)
import Glibc
#endif

@main
struct FrText: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "frtext",
        abstract: "Who said what, about whom, where and when, in French press releases and news.",
        discussion: "Exit status: 0 all good, 1 some files skipped or failed, 2 usage error.",
        subcommands: [
            ReportCommand.self,
            QuotesCommand.self,
            EntitiesCommand.self,
            MergeCommand.self,
            SearchCommand.self,
            ServeCommand.self,
            TokensCommand.self,
            ExplainCommand.self,
        ]
    )

    /// Runs the command, with exit status 2 (not ArgumentParser's 64) for usage errors.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            let code = exitCode(for: error)
            if code == .validationFailure {
                let message = fullMessage(for: error)
                FileHandleOutput.standardError.write(message + (message.hasSuffix("\n") ? "" : "\n"))
                exit(withError: ExitCode(2))
            }
            exit(withError: error)
        }
    }
}
