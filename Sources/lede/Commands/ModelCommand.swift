import ArgumentParser
import LedeAnalysis

struct ModelCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "model", abstract: "Inspect model files.", subcommands: [ModelInfoCommand.self])
}
