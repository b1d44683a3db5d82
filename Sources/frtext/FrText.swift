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
        discussion: "Exit status: 0 all good, 1 some inputs skipped (each named on standard error with its code), 2 usage error, 3 an output could not be written or an internal failure (nothing half-written is left in place).",
        version: "frtext \(FrText.version)",
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

    /// Exit status of a run that failed on its own (an output, an internal error): not 1, which
    /// says "some inputs skipped", so scripts and `make report` can tell the two apart.
    static let failureStatus: Int32 = 3

    /// The release, printed by `frtext --version`.
    static let version = "0.11.0"

    /// Runs the command, with exit status 2 (not ArgumentParser's 64) for usage errors and
    /// 3 for a failed output or an internal error.
    static func main() {
        FileHandleOutput.checkStandardStreams()
        do {
            var command = try parseAsRoot()
            try command.run()
            saveLexiconCache()
        } catch {
            saveLexiconCache()
            FileHandleOutput.removeTemporaryFiles()
            if let error = error as? FrenchTextError {
                FileHandleOutput.standardError.write("frtext: \(error.description)\n")
                exit(withError: ExitCode(failureStatus))
            }
            let code = exitCode(for: error)
            if code == .failure && !(error is ExitCode) {
                FileHandleOutput.standardError.write("frtext: internal error: \(error)\n")
                exit(withError: ExitCode(failureStatus))
            }
            if code == .validationFailure {
                let message = fullMessage(for: error)
                FileHandleOutput.standardError.write(message + (message.hasSuffix("\n") ? "" : "\n"))
                exit(withError: ExitCode(2))
            }
            exit(withError: error)
        }
    }

    /// Adds the Hunspell answers of this run to the compiled lexicon file, so that the next run
    /// starts without parsing the dictionary; a corrupt or unwritable file is a warning (FT011).
    static func saveLexiconCache() {
        for warning in Lexicon.saveSharedCache() {
            FileHandleOutput.standardError.write("frtext: \(warning.description)\n")
        }
    }
}
