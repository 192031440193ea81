import ArgumentParser
import LedeAnalysis

struct AnalyzeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "analyze",
        abstract: "Topic, summary and keywords of every article in the given pages (text or HTML).",
        discussion: "A page holding several articles is split into them. Folders are walked recursively.")

    @Argument(help: "Files, folders, or - for stdin.")
    var paths: [String] = ["-"]
    @Option(name: .shortAndLong, help: "Topic model (default: the shipped model).")
    var model: String?
    @OptionGroup var length: SummaryLengthOptions
    @Option(help: "How many keywords per article.")
    var keywords: Int?
    @Option(help: "Output: text, json, jsonl or markdown.")
    var format: OutputFormat = .text

    /// A one-line progress counter on a terminal's standard error, for batches of files.
    @Sendable static func showProgress(done: Int, total: Int) {
        guard total > 1 else { return }
        StandardError.write("\rlede: analysed \(done)/\(total) files" + (done == total ? "\n" : ""))
    }

    func run() throws {
        try reportingErrors {
            var options = AnalysisOptions()
            try length.apply(to: &options.summarizer)
            if let keywords { options.keywordCount = keywords }
            let analyzer = ArticleAnalyzer(classifier: try DefaultModel.load(model), options: options)
            let progress: (@Sendable (Int, Int) -> Void)? = StandardError.isTerminal ? Self.showProgress : nil
            let results = try analyzer.analyze(paths: paths.isEmpty ? ["-"] : paths, progress: progress)
            var analyses: [ArticleAnalysis] = []
            var failures: [LedeError] = []
            for result in results {
                switch result {
                case .success(let found): analyses += found
                case .failure(let error): failures.append(error)
                }
            }
            switch format {
            case .json: print(try JSONOutput.string(analyses, pretty: true))
            case .jsonl: for analysis in analyses { print(try JSONOutput.string(analysis, pretty: false)) }
            case .markdown: print(AnalysisRenderer.markdown(analyses), terminator: "")
            default: print(AnalysisRenderer.report(analyses), terminator: "")
            }
            // Per-file errors do not stop the batch; each is reported and the exit status says so.
            for failure in failures { StandardError.write("lede: error: \(failure)\n") }
            if let first = failures.first { throw ExitCode(first.exitCode) }
        }
    }
}
