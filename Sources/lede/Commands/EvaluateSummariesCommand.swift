import ArgumentParser
import LedeAnalysis

struct EvaluateSummariesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "evaluate-summaries",
        abstract: "ROUGE-1/2/L of Lede's summaries and of the lead-k baseline against reference summaries.")

    @Argument(help: "JSON Lines with fields article (headline on the first line) and summary.")
    var data: String
    @Option(help: "Sentences per summary: a number, or 'reference' for as many as the reference has.")
    var sentences = "reference"
    @Option(name: .customLong("article-field"), help: "Field holding the article.")
    var articleField = SummaryExample.defaultArticleField
    @Option(name: .customLong("summary-field"), help: "Field holding the reference summary.")
    var summaryField = SummaryExample.defaultSummaryField
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
