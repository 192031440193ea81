import ArgumentParser
import LedeAnalysis

/// One classified input record, as printed by `lede classify`.
struct ClassifiedRecord: Encodable {
    var source: String
    var id: String?
    var label: String
    var probability: Double
    var ranked: [LabelProbability]
    var status: PredictionStatus
    var coverage: Double
}

struct ClassifyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "classify", abstract: "Give the topic of each article (a file, a JSONL/CSV record, or stdin).")

    @Option(name: .shortAndLong, help: "Model file (default: the shipped model).")
    var model: String?
    @Argument(help: "Article files, JSONL/CSV corpora, or - for stdin.")
    var files: [String] = ["-"]
    @Option(name: .customLong("top-k"), help: "How many labels to list.")
    var topK = 3
    @Option(help: "Only list labels at least this probable; an article whose best label falls short is marked uncertain (0-1, default 0).")
    var threshold: Double = 0
    @Option(help: "Output: table, json or jsonl.")
    var format: OutputFormat = .table
    @OptionGroup var input: DataOptions

    func run() throws {
        try reportingErrors {
            guard topK >= 1 else { throw LedeError.invalidOption("--top-k must be at least 1") }
            guard (0...1).contains(threshold) else {
                throw LedeError.invalidOption("--threshold must be a probability from 0 to 1 (got \(threshold))")
            }
            let classifier = try DefaultModel.load(model)
            let documents = try input.read(files.isEmpty ? ["-"] : files)
            let predictions = classifier.predict(documents.map(\.fullText), topK: topK, threshold: threshold)
            let records = zip(documents, predictions).map { document, prediction in
                ClassifiedRecord(
                    source: document.location.description, id: document.id, label: prediction.label,
                    probability: prediction.probability, ranked: prediction.ranked, status: prediction.status,
                    coverage: prediction.coverage)
            }
            switch format {
            case .json: print(try JSONOutput.string(records, pretty: true))
            case .jsonl: for record in records { print(try JSONOutput.string(record, pretty: false)) }
            default:
                var rows = [["source", "label", "probability", "runners-up"]]
                for record in records {
                    let others = record.ranked.dropFirst().map { "\($0.label) \(fixed($0.probability, 3))" }.joined(separator: ", ")
                    let label = record.status == .ok ? record.label : "\(record.label) (\(record.status.rawValue))"
                    rows.append([record.source, label, fixed(record.probability, 3), others])
                }
                print(TextTable.render(rows), terminator: "")
            }
        }
    }
}
