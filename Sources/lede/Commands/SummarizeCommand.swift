import ArgumentParser
import LedeAnalysis

struct SummarizeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "summarize",
        abstract: "Write an extractive summary of each article (graph centrality, lead-aware for short summaries): every article of a page, every JSONL/CSV record.",
        discussion: "Folders are walked for pages and record files. A bad record or file is reported and the rest are summarised; the exit status says so.")
    static let formats: [OutputFormat] = [.text, .json, .jsonl]

    @Argument(help: "Files (text, HTML, JSONL, CSV), folders, or - for stdin.")
    var files: [String] = ["-"]
    @OptionGroup var length: SummaryLengthOptions
    @OptionGroup var summarizer: SummarizerOptionGroup
    @Option(help: OutputFormat.help(SummarizeCommand.formats))
    var format: OutputFormat = .text
    @Flag(help: "Show each chosen sentence's score (text output).")
    var scores = false
    @Flag(help: "List every sentence with its score and rank, not just the chosen ones (json/jsonl).")
    var all = false
    @Option(help: "Sentence order: document or rank.")
    var order: SummaryOrder?
    @OptionGroup var input: ArticleInputOptionGroup

    /// What summarize prints of one article after its header.
    struct Summarized: Encodable {
        var status: SummaryStatus
        var sentences: [ScoredSentence]
    }

    func validate() throws {
        try OutputFormat.check(format, among: Self.formats)
    }

    func run() throws {
        try reportingErrors {
            var options = SummarizerOptions()
            try length.apply(to: &options)
            try summarizer.apply(to: &options)
            if let order { options.order = order }
            try options.validate()
            let textRank = TextRankSummarizer(options: options)
            var writer = RecordWriter(format == .jsonl ? .jsonLines : .jsonArray)
            defer { if format == .json { writer.finish() } }
            var printed = 0
            var several = files.count > 1
            try input.forEachBatch(of: files) { records in
                several = several || records.count > 1 || printed > 0
                let summaries = ParallelWork.map(count: records.count) { textRank.summarize(records[$0].article) }
                for (record, summary) in zip(records, summaries) {
                    let header = RecordHeader(record)
                    switch format {
                    case .json, .jsonl:
                        try writer.write(HeadedRecord(record, Summarized(status: summary.status, sentences: all ? summary.all : summary.sentences)))
                    default:
                        if several {
                            print((printed > 0 ? "\n" : "") + "## \(header.place(numberingFirst: true))" + (header.title.map { ": \($0)" } ?? ""))
                        }
                        for sentence in summary.sentences {
                            print(scores ? "[\(fixed(sentence.score, 3))] \(sentence.text)" : sentence.text)
                        }
                    }
                    printed += 1
                }
            }
        }
    }
}
