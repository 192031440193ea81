import ArgumentParser
import LedeAnalysis

struct EvaluateSummariesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "evaluate-summaries",
        abstract: "ROUGE-1/2/L/Lsum of Lede's summaries and of the lead-k baseline against reference summaries.",
        discussion: """
            Each DATA file is JSON Lines with the article (headline on its first line, may be empty) and \
            the reference: its sentences from summary_sentences (a list) when present, else summary split \
            on newlines when it has several lines, else split by Lede's sentence splitter. Summaries have \
            as many sentences as the reference unless --sentences says otherwise; ROUGE-Lsum reads each \
            summary with one sentence a line, as rouge-score's rougeLsum does. One row block per file.
            """)

    @Argument(help: "JSON Lines files with fields article and summary (and optionally summary_sentences).")
    var data: [String]
    @Option(help: "Sentences per summary: a number, or 'reference' for as many as the reference has.")
    var sentences = "reference"
    @Option(name: .customLong("article-field"), help: "Field holding the article.")
    var articleField = SummaryExample.defaultArticleField
    @Option(name: .customLong("summary-field"), help: "Field holding the reference summary (one text).")
    var summaryField = SummaryExample.defaultSummaryField
    @Option(name: .customLong("sentences-field"), help: "Field holding the reference's sentences as a list.")
    var sentencesField = SummaryExample.defaultSentencesField
    @Flag(name: .customLong("no-stemming"), help: "Score without Porter stemming.")
    var noStemming = false
    @OptionGroup var summarizer: SummarizerOptionGroup
    @Option(help: OutputFormat.help(EvaluateSummariesCommand.formats))
    var format: OutputFormat = .table
    static let formats: [OutputFormat] = [.table, .json, .jsonl, .csv]

    func validate() throws {
        try OutputFormat.check(format, among: Self.formats)
    }

    struct FileReport: Encodable {
        var file: String
        var report: SummaryEvaluationReport
    }

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
            var options = SummarizerOptions()
            try summarizer.apply(to: &options)
            try options.validate()
            let textRank = TextRankSummarizer(options: options)
            // Every file is read before any is scored, so a bad file fails the call at once.
            let sets = try data.map {
                ($0, try SummaryExample.read(
                    path: $0, articleField: articleField, summaryField: summaryField, sentencesField: sentencesField))
            }
            let reports = sets.map { path, examples in
                FileReport(file: path, report: SummaryEvaluationReport(
                    examples: examples, summarizer: textRank, length: length, stemming: !noStemming))
            }
            render(reports)
        }
    }

    private func render(_ reports: [FileReport]) {
        let systems: [(String, KeyPath<SummaryEvaluationReport, RougeScores>)] = [("lede", \.lede), ("lead-k", \.leadK)]
        let kinds: [(String, KeyPath<RougeScores, RougeScore>)] = [
            ("R1", \.rouge1), ("R2", \.rouge2), ("RL", \.rougeL), ("RLsum", \.rougeLsum),
        ]
        switch format {
        case .json, .jsonl:
            if let text = try? JSONOutput.string(reports, pretty: format == .json) { print(text) }
        case .csv:
            print("file,articles,mean_sentences,system," + kinds.map { k in "\(k.0)_p,\(k.0)_r,\(k.0)_f" }.joined(separator: ","))
            for file in reports {
                for (name, system) in systems {
                    let scores = file.report[keyPath: system]
                    let values = kinds.flatMap { kind -> [String] in
                        let s = scores[keyPath: kind.1]
                        return [s.precision, s.recall, s.f1].map { "\($0)" }
                    }
                    print(([csvField(file.file), "\(file.report.articles)", "\(file.report.meanSentences)", name] + values)
                        .joined(separator: ","))
                }
            }
        default:
            let lengthText = sentences == "reference" ? "as many sentences as the reference" : "\(sentences) sentences"
            for (position, file) in reports.enumerated() {
                let report = file.report
                print((position > 0 ? "\n" : "") + "\(file.file): ROUGE F1 on \(report.articles) articles (\(lengthText), "
                      + "mean \(fixed(report.meanSentences, 1)); \(noStemming ? "no stemming" : "Porter stemming"))")
                var rows = [["system"] + kinds.map(\.0)]
                for (name, system) in systems {
                    rows.append([name] + kinds.map { fixed(report[keyPath: system][keyPath: $0.1].f1 * 100, 1) })
                }
                print(TextTable.render(rows), terminator: "")
                print("summarised in \(fixed(report.summarizingSeconds, 2)) s")
            }
        }
    }
}

extension SummaryOrder: ExpressibleByArgument {}
