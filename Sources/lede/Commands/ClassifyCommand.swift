import ArgumentParser
import LedeAnalysis

/// What `lede classify` prints of one article after its header: the topic.
struct ClassifiedTopic: Encodable {
    var topic: TopicPrediction
}

struct ClassifyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "classify",
        abstract: "Give the topic of each article: every article of a page, every JSONL/CSV record, stdin.",
        discussion: "Folders are walked for pages and record files. A bad record or file is reported and the rest are classified; the exit status says so.")
    static let formats: [OutputFormat] = [.table, .json, .jsonl, .csv]

    @Option(name: .shortAndLong, help: "Model file (default: the shipped model).")
    var model: String?
    @Argument(help: "Files (text, HTML, JSONL, CSV), folders, or - for stdin.")
    var files: [String] = ["-"]
    @Option(name: .customLong("top-k"), help: "How many labels to list.")
    var topK = TopicPrediction.defaultRankedCount
    @Option(help: "Only list labels at least this probable; an article whose best label falls short is marked uncertain (0-1).")
    var threshold = TopicPrediction.defaultThreshold
    @Option(help: OutputFormat.help(ClassifyCommand.formats))
    var format: OutputFormat = .table
    @OptionGroup var input: ArticleInputOptionGroup

    func validate() throws {
        try OutputFormat.check(format, among: Self.formats)
    }

    func run() throws {
        try reportingErrors {
            guard topK >= 1 else { throw LedeError.invalidOption("--top-k must be at least 1") }
            guard (0...1).contains(threshold) else {
                throw LedeError.invalidOption("--threshold must be a probability from 0 to 1 (got \(threshold))")
            }
            let classifier = try DefaultModel.load(model)
            var writer = RecordWriter(format == .jsonl ? .jsonLines : .jsonArray)
            defer { if format == .json { writer.finish() } }
            var first = true
            try input.forEachBatch(of: files, topicsOnly: true) { records in
                let predictions = classifier.predict(records.map(\.topicText), topK: topK, threshold: threshold)
                let results = zip(records, predictions).map { HeadedRecord($0, ClassifiedTopic(topic: $1)) }
                switch format {
                case .json, .jsonl: for result in results { try writer.write(result) }
                case .csv:
                    if first { print("source,line,id,article,label,probability,status,runners_up") }
                    for result in results {
                        let (header, topic) = (result.header, result.body.topic)
                        let others = topic.ranked.dropFirst().map { "\($0.label) \(fixed($0.probability, 3))" }.joined(separator: "; ")
                        print([header.source, header.line.map(String.init) ?? "", header.id ?? "", String(header.article), topic.label,
                               fixed(topic.probability, 4), topic.status.rawValue, others].map(csvField).joined(separator: ","))
                    }
                default:
                    var rows = first ? [["source", "label", "probability", "runners-up"]] : []
                    for result in results {
                        let topic = result.body.topic
                        let others = topic.ranked.dropFirst().map { "\($0.label) \(fixed($0.probability, 3))" }.joined(separator: ", ")
                        let label = topic.status == .ok ? topic.label : "\(topic.label) (\(topic.status.rawValue))"
                        rows.append([result.header.place(), label, fixed(topic.probability, 3), others])
                    }
                    print(TextTable.render(rows), terminator: "")
                }
                first = false
            }
        }
    }
}
