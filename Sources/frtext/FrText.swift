import ArgumentParser
import FrenchText

@main
struct FrText: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "frtext",
        abstract: "Who said what, about whom, where and when, in French press releases and news.",
        subcommands: [TokensCommand.self, ReportCommand.self]
    )
}
