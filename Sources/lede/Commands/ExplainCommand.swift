import ArgumentParser
import LedeAnalysis

struct ExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Show each topic's strongest terms, or why each article got its topic over the runner-up.",
        discussion: "Articles are read as classify reads them (pages split into articles, JSONL/CSV records), so explain explains the topic classify gives.")
    static let formats: [OutputFormat] = [.table, .json, .jsonl]

    @Option(name: .shortAndLong, help: "Model file (default: the shipped model).")
    var model: String?
    @Argument(help: "Files (text, HTML, JSONL, CSV), folders, or - for stdin; omit to list each topic's top terms.")
    var files: [String] = []
    @Option(help: "How many terms to show.")
    var top = TopicExplanation.defaultTermCount
    @Option(help: OutputFormat.help(ExplainCommand.formats))
    var format: OutputFormat = .table
    @OptionGroup var input: ArticleInputOptionGroup

    /// What explain prints of one article after its header: its topic and the terms that decided it.
    struct Explained: Encodable {
        var topic: TopicPrediction
        var terms: [TermContribution]
    }

    func validate() throws {
        try OutputFormat.check(format, among: Self.formats)
        guard top >= 1 else { throw ValidationError("--top must be at least 1 (got \(top))") }
    }

    func run() throws {
        try reportingErrors {
            let classifier = try DefaultModel.load(model)
            guard !files.isEmpty else {
                let terms = TopicExplanation.topTerms(of: classifier, count: top)
                switch format {
                case .json: print(try JSONOutput.string(terms, pretty: true))
                case .jsonl:
                    struct TopicTerms: Encodable { var label: String; var terms: [TermContribution] }
                    for label in classifier.labels { print(try JSONOutput.string(TopicTerms(label: label, terms: terms[label] ?? []), pretty: false)) }
                default:
                    for label in classifier.labels {
                        print("\(label): " + (terms[label] ?? []).map { "\($0.term) (\(fixed($0.weight, 3)))" }.joined(separator: ", "))
                    }
                }
                return
            }
            var writer = RecordWriter(format == .jsonl ? .jsonLines : .jsonArray)
            defer { if format == .json { writer.finish() } }
            try input.forEachBatch(of: files, topicsOnly: true) { records in
                let explained = ParallelWork.map(count: records.count) { TopicExplanation.explain(records[$0].topicText, with: classifier, count: top) }
                for (record, (prediction, terms)) in zip(records, explained) {
                    let header = RecordHeader(record)
                    if format == .table {
                        let runnerUp = prediction.ranked.count > 1 ? prediction.ranked[1].label : "—"
                        print("\(header.place()): \(prediction.label) (\(fixed(prediction.probability, 3))) over \(runnerUp), because of:")
                        print(TextTable.render(terms.map { ["  " + $0.term, fixed($0.weight, 4)] }), terminator: "")
                        continue
                    }
                    try writer.write(HeadedRecord(record, Explained(topic: prediction, terms: terms)))
                }
            }
        }
    }
}
