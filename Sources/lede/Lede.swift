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
            EvaluateSummariesCommand.self, EvaluateKeywordsCommand.self, ExplainCommand.self, ModelCommand.self,
        ]
    )

    /// Runs the command. A file-size limit (`ulimit -f`) must fail a write with a message (exit
    /// 73, the old model intact), not kill the process with `SIGXFSZ`: the signal is ignored so
    /// that `write(2)` reports `EFBIG` instead. Large blocks go back to the system when freed
    /// (``SystemAllocator``), so a batch's memory is not kept after it.
    static func main() {
        signal(SIGXFSZ, SIG_IGN)
        SystemAllocator.returnLargeBlocksWhenFreed()
        main(nil)
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
