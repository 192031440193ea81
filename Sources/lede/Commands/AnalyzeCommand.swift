import ArgumentParser
import LedeAnalysis

struct AnalyzeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "analyze",
        abstract: "Topic, summary and keywords of every article in the given pages or records.",
        discussion: "A page holding several articles is split into them; a JSONL/CSV record is one article. Folders are walked recursively. A bad record or file is reported and the rest are analysed; the exit status says so.")
    static let formats: [OutputFormat] = [.text, .json, .jsonl, .markdown]

    @Argument(help: "Files (text, HTML, JSONL, CSV), folders, or - for stdin.")
    var paths: [String] = ["-"]
    @Option(name: .shortAndLong, help: "Topic model (default: the shipped model).")
    var model: String?
    @OptionGroup var length: SummaryLengthOptions
    @Option(help: "How many keywords per article (default: \(AnalysisOptions().keywordCount)).")
    var keywords: Int?
    @Option(help: OutputFormat.help(AnalyzeCommand.formats))
    var format: OutputFormat = .text
    @OptionGroup var summarizer: SummarizerOptionGroup
    @OptionGroup var keywordOptions: KeywordOptionGroup
    @OptionGroup var input: ArticleInputOptionGroup

    func validate() throws {
        try OutputFormat.check(format, among: Self.formats)
        if let keywords, keywords < 1 { throw ValidationError("--keywords must be at least 1 (got \(keywords))") }
    }

    func run() throws {
        try reportingErrors {
            var options = AnalysisOptions()
            try length.apply(to: &options.summarizer)
            try summarizer.apply(to: &options.summarizer)
            try options.summarizer.validate()
            options.keywords = try keywordOptions.options()
            if let keywords { options.keywordCount = keywords }
            let analyzer = ArticleAnalyzer(
                classifier: try DefaultModel.load(model), options: options,
                keywordBackground: try DefaultKeywordBackground.load(keywordOptions.background))
            var writer = RecordWriter(format == .jsonl ? .jsonLines : .jsonArray)
            defer { if format == .json { writer.finish() } }
            var analysed = 0
            var first = true
            try input.forEachBatch(of: paths, segmenter: options.segmenter) { records in
                let analyses = analyzer.analyze(records)
                switch format {
                case .json, .jsonl: for analysis in analyses { try writer.write(analysis) }
                case .markdown: print((first ? "" : "\n") + AnalysisRenderer.markdown(analyses), terminator: "")
                default: print((first ? "" : "\n") + AnalysisRenderer.report(analyses), terminator: "")
                }
                first = false
                analysed += analyses.count
                if StandardError.isTerminal { StandardError.write("\rlede: analysed \(analysed) articles") }
            }
            if StandardError.isTerminal && analysed > 0 { StandardError.write("\n") }
        }
    }
}
