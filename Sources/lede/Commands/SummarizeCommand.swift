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

struct KeywordsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "keywords", abstract: "Extract TextRank keywords and key phrases of each article.")

    @Argument(help: "Article files (text or HTML), or - for stdin.")
    var files: [String] = ["-"]
    @Option(name: .shortAndLong, help: "How many keywords.")
    var count = 10
    @Option(help: "Output: text, json or jsonl.")
    var format: OutputFormat = .text

    struct Record: Encodable {
        var source: String
        var article: Int
        var title: String?
        var keywords: [Keyword]
    }

    func run() throws {
        try reportingErrors {
            guard count >= 1 else { throw LedeError.invalidOption("--count must be at least 1") }
            let extractor = KeywordExtractor()
            var records: [Record] = []
            for path in try InputFiles.expand(files.isEmpty ? ["-"] : files, extensions: ["txt", "text", "md", "html", "htm"]) {
                let page = try ArticlePage.read(path: path)
                for (index, article) in PageSegmenter().articles(in: page.text).enumerated() {
                    records.append(Record(source: path, article: index + 1, title: article.title,
                                          keywords: extractor.keywords(in: article.bodyText, count: count)))
                }
            }
            switch format {
            case .json: print(try JSONOutput.string(records, pretty: true))
            case .jsonl: for record in records { print(try JSONOutput.string(record, pretty: false)) }
            default:
                for record in records {
                    let prefix = records.count > 1 ? "\(record.source)#\(record.article): " : ""
                    print(prefix + record.keywords.map(\.text).joined(separator: ", "))
                }
            }
        }
    }
}

struct EvaluateSummariesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "evaluate-summaries",
        abstract: "ROUGE-1/2/L of Lede's summaries and of the lead-k baseline against reference summaries.")

    @Argument(help: "JSON Lines with fields article (headline on the first line) and summary.")
    var data: String
    @Option(help: "Sentences per summary: a number, or 'reference' for as many as the reference has.")
    var sentences = "reference"
    @Option(name: .customLong("article-field"), help: "Field holding the article.")
    var articleField = "article"
    @Option(name: .customLong("summary-field"), help: "Field holding the reference summary.")
    var summaryField = "summary"
    @Flag(name: .customLong("no-stemming"), help: "Score without Porter stemming.")
    var noStemming = false
    @Option(help: "Output: table or json.")
    var format: OutputFormat = .table

    func run() throws {
        try reportingErrors {
            let length: EvaluatedLength
            if sentences == "reference" {
                length = .reference
            } else if let count = Int(sentences), count >= 1 {
                length = .sentences(count)
            } else {
                throw LedeError.invalidOption("--sentences must be a positive number or 'reference' (got \(sentences))")
            }
            let examples = try SummaryExample.read(path: data, articleField: articleField, summaryField: summaryField)
            let report = SummaryEvaluationReport(
                examples: examples, summarizer: TextRankSummarizer(), length: length, stemming: !noStemming)
            if format == .json || format == .jsonl { print(try JSONOutput.string(report, pretty: format == .json)); return }
            func row(_ name: String, _ s: RougeScores) -> [String] {
                [name] + [s.rouge1, s.rouge2, s.rougeL].flatMap { [fixed($0.precision * 100, 1), fixed($0.recall * 100, 1), fixed($0.f1 * 100, 1)] }
            }
            print("ROUGE on \(report.articles) articles (\(sentences == "reference" ? "as many sentences as the reference" : "\(sentences) sentences"), \(noStemming ? "no stemming" : "Porter stemming"))")
            print(TextTable.render([
                ["system", "R1 P", "R1 R", "R1 F", "R2 P", "R2 R", "R2 F", "RL P", "RL R", "RL F"],
                row("lede", report.lede), row("lead-k", report.leadK),
            ]), terminator: "")
            print("summarised in \(fixed(report.summarizingSeconds, 2)) s")
        }
    }
}

extension SummaryOrder: ExpressibleByArgument {}
