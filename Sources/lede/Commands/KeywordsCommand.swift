import ArgumentParser
import LedeAnalysis

struct KeywordsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "keywords",
        abstract: "Extract keywords and key phrases of each article: every article of a page, every JSONL/CSV record.",
        discussion: "Folders are walked for pages and record files. A bad record or file is reported and the rest are read; the exit status says so.")
    static let formats: [OutputFormat] = [.text, .json, .jsonl]

    @Argument(help: "Files (text, HTML, JSONL, CSV), folders, or - for stdin.")
    var files: [String] = ["-"]
    @Option(name: .shortAndLong, help: "How many keywords.")
    var count = KeywordOptions().count
    @Option(help: OutputFormat.help(KeywordsCommand.formats))
    var format: OutputFormat = .text
    @OptionGroup var keywordOptions: KeywordOptionGroup
    @OptionGroup var input: ArticleInputOptionGroup

    /// What keywords prints of one article after its header.
    struct Found: Encodable {
        var status: KeywordStatus
        var keywords: [Keyword]
    }

    func validate() throws {
        try OutputFormat.check(format, among: Self.formats)
        guard count >= 1 else { throw ValidationError("--count must be at least 1 (got \(count))") }
    }

    func run() throws {
        try reportingErrors {
            let extractor = try keywordOptions.extractor()
            var writer = RecordWriter(format == .jsonl ? .jsonLines : .jsonArray)
            defer { if format == .json { writer.finish() } }
            var several = files.count > 1
            var printed = 0
            try input.forEachBatch(of: files) { records in
                several = several || records.count > 1 || printed > 0
                let keywords = ParallelWork.map(count: records.count) {
                    extractor.extract(from: records[$0].article.bodyText, title: records[$0].article.title, count: count)
                }
                for (record, found) in zip(records, keywords) {
                    let header = RecordHeader(record)
                    if found.status == .notEnglish {
                        StandardError.write("lede: warning: \(header.place(numberingFirst: true)) does not read as English; no keywords\n")
                    }
                    switch format {
                    case .json, .jsonl:
                        try writer.write(HeadedRecord(record, Found(status: found.status, keywords: found.keywords)))
                    default:
                        print((several ? "\(header.place(numberingFirst: true)): " : "") + found.keywords.map(\.text).joined(separator: ", "))
                    }
                    printed += 1
                }
            }
        }
    }
}
