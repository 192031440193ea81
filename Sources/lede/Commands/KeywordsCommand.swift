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
    @OptionGroup var input: ArticleInputOptionGroup

    /// What keywords prints of one article after its header.
    struct Found: Encodable {
        var keywords: [Keyword]
    }

    func validate() throws {
        try OutputFormat.check(format, among: Self.formats)
        guard count >= 1 else { throw ValidationError("--count must be at least 1 (got \(count))") }
    }

    func run() throws {
        try reportingErrors {
            let extractor = KeywordExtractor()
            var writer = RecordWriter(format == .jsonl ? .jsonLines : .jsonArray)
            defer { if format == .json { writer.finish() } }
            var several = files.count > 1
            var printed = 0
            try input.forEachBatch(of: files) { records in
                several = several || records.count > 1 || printed > 0
                let keywords = ParallelWork.map(count: records.count) { extractor.keywords(in: records[$0].article.bodyText, count: count) }
                for (record, found) in zip(records, keywords) {
                    let header = RecordHeader(record)
                    switch format {
                    case .json, .jsonl:
                        try writer.write(HeadedRecord(record, Found(keywords: found)))
                    default:
                        print((several ? "\(header.place(numberingFirst: true)): " : "") + found.map(\.text).joined(separator: ", "))
                    }
                    printed += 1
                }
            }
        }
    }
}
