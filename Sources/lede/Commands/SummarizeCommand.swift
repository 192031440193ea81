import ArgumentParser
import LedeAnalysis

struct SummarizeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "summarize", abstract: "Write an extractive summary of each article (TextRank).")

    @Argument(help: "Article files (text or HTML), or - for stdin.")
    var files: [String] = ["-"]
    @OptionGroup var length: SummaryLengthOptions
    @Option(help: "Output: text, json or jsonl.")
    var format: OutputFormat = .text
    @Flag(help: "Show each chosen sentence's score (text output).")
    var scores = false
    @Flag(help: "List every sentence with its score and rank, not just the chosen ones (json/jsonl).")
    var all = false
    @Option(help: "Sentence order: document or rank.")
    var order: SummaryOrder?

    struct Record: Encodable {
        var source: String
        var article: Int
        var title: String?
        var status: SummaryStatus
        var sentences: [ScoredSentence]
    }

    func run() throws {
        try reportingErrors {
            var options = SummarizerOptions()
            try length.apply(to: &options)
            if let order { options.order = order }
            try options.validate()
            let summarizer = TextRankSummarizer(options: options)
            let segmenter = PageSegmenter()
            var records: [Record] = []
            for path in try InputFiles.expand(files.isEmpty ? ["-"] : files, extensions: ["txt", "text", "md", "html", "htm"]) {
                let page = try ArticlePage.read(path: path)
                for (index, article) in segmenter.articles(in: page.text).enumerated() {
                    let summary = summarizer.summarize(article)
                    records.append(Record(source: path, article: index + 1, title: article.title, status: summary.status,
                                          sentences: all ? summary.all : summary.sentences))
                }
            }
            switch format {
            case .json: print(try JSONOutput.string(records, pretty: true))
            case .jsonl: for record in records { print(try JSONOutput.string(record, pretty: false)) }
            default:
                for (position, record) in records.enumerated() {
                    if records.count > 1 {
                        print((position > 0 ? "\n" : "") + "## \(record.source)#\(record.article)" + (record.title.map { ": \($0)" } ?? ""))
                    }
                    for sentence in record.sentences {
                        print(scores ? "[\(fixed(sentence.score, 3))] \(sentence.text)" : sentence.text)
                    }
                }
            }
        }
    }
}
