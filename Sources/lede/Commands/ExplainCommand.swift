import ArgumentParser
import LedeAnalysis

struct ExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Show each topic's strongest terms, or why one article got its topic over the runner-up.")

    @Option(name: .shortAndLong, help: "Model file (default: the shipped model).")
    var model: String?
    @Argument(help: "An article file, or - for stdin; omit to list each topic's top terms.")
    var file: String?
    @Option(help: "How many terms to show.")
    var top = 10
    @Option(help: "Output: table or json.")
    var format: OutputFormat = .table
    @OptionGroup var input: DataOptions

    func run() throws {
        try reportingErrors {
            let classifier = try DefaultModel.load(model)
            guard let file else {
                let terms = TopicExplanation.topTerms(of: classifier, count: top)
                if format == .json { print(try JSONOutput.string(terms, pretty: true)); return }
                for label in classifier.labels {
                    print("\(label): " + (terms[label] ?? []).map { "\($0.term) (\(fixed($0.weight, 3)))" }.joined(separator: ", "))
                }
                return
            }
            for document in try input.read([file]) {
                let (prediction, terms) = TopicExplanation.explain(document.fullText, with: classifier, count: top)
                if format == .json {
                    struct Explained: Encodable { var source: String; var prediction: TopicPrediction; var terms: [TermContribution] }
                    print(try JSONOutput.string(Explained(source: document.location.description, prediction: prediction, terms: terms), pretty: true))
                    continue
                }
                let runnerUp = prediction.ranked.count > 1 ? prediction.ranked[1].label : "—"
                print("\(document.location): \(prediction.label) (\(fixed(prediction.probability, 3))) over \(runnerUp), because of:")
                print(TextTable.render(terms.map { ["  " + $0.term, fixed($0.weight, 4)] }), terminator: "")
            }
        }
    }
}
