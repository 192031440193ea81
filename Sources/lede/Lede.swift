import ArgumentParser
import LedeAnalysis

/// `lede`: classify news articles by topic and summarise them.
@main
struct Lede: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lede",
        abstract: "Classify news articles by topic and write short extractive summaries.",
        version: LedeVersion.current,
        subcommands: [
            AnalyzeCommand.self, ClassifyCommand.self, SummarizeCommand.self, KeywordsCommand.self,
            TrainCommand.self, UpdateCommand.self, ForgetCommand.self, MergeCommand.self, EvaluateCommand.self,
            EvaluateSummariesCommand.self, ExplainCommand.self, ModelCommand.self,
        ]
    )
}
