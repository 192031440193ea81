import ArgumentParser
import LedeAnalysis

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
