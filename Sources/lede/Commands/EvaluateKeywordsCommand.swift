import ArgumentParser
import LedeAnalysis

struct EvaluateKeywordsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "evaluate-keywords",
        abstract: "Precision, recall and F1 at k of Lede's keywords and two baselines against keyphrases chosen by people.",
        discussion: """
            Each DATA file is JSON Lines with the article (headline on its first line, may be empty) and \
            keywords (a list of gold phrases). The field's convention: phrases are lower-cased and \
            Porter-stemmed word by word and compared exactly; each predicted phrase counts once; \
            P, R and F1 at each k are averaged over stories. Baselines: first-phrases (the story's first \
            distinct candidate phrases) and tfidf-words (single words by TF-IDF over the file's stories). \
            One row block per file.
            """)

    @Argument(help: "JSON Lines files with fields article and keywords.")
    var data: [String]
    @Option(help: "Cut-offs, comma-separated.")
    var k = "5,10,15"
    @Option(name: .customLong("article-field"), help: "Field holding the article.")
    var articleField = KeyphraseExample.defaultArticleField
    @Option(name: .customLong("keywords-field"), help: "Field holding the gold keyphrases (a list).")
    var keywordsField = KeyphraseExample.defaultKeyphrasesField
    @OptionGroup var keywordOptions: KeywordOptionGroup
    @Option(help: OutputFormat.help(EvaluateKeywordsCommand.formats))
    var format: OutputFormat = .table
    static let formats: [OutputFormat] = [.table, .json, .jsonl, .csv]

    func validate() throws {
        try OutputFormat.check(format, among: Self.formats)
    }

    struct FileReport: Encodable {
        var file: String
        var report: KeyphraseEvaluationReport
    }

    func run() throws {
        try reportingErrors {
            let cutoffs = try k.split(separator: ",").map { text -> Int in
                guard let value = Int(text.filter { !$0.isWhitespace }), value >= 1 else {
                    throw LedeError.invalidOption("--k takes positive whole numbers, comma-separated (got \(k))")
                }
                return value
            }
            guard !cutoffs.isEmpty else { throw LedeError.invalidOption("--k needs at least one cut-off") }
            let extractor = try keywordOptions.extractor()
            let sets = try data.map {
                ($0, try KeyphraseExample.read(path: $0, articleField: articleField, keyphrasesField: keywordsField))
            }
            let reports = sets.map { path, examples in
                FileReport(file: path, report: KeyphraseEvaluationReport(examples: examples, extractor: extractor, cutoffs: cutoffs))
            }
            switch format {
            case .json, .jsonl:
                print(try JSONOutput.string(reports, pretty: format == .json))
            case .csv:
                print("file,stories,system,k,precision,recall,f1,seconds")
                for file in reports {
                    for system in file.report.systems {
                        for (k, score) in zip(file.report.cutoffs, system.scores) {
                            print([csvField(file.file), "\(file.report.stories)", system.system, "\(k)",
                                   "\(score.precision)", "\(score.recall)", "\(score.f1)", "\(system.seconds)"].joined(separator: ","))
                        }
                    }
                }
            default:
                for (position, file) in reports.enumerated() {
                    let report = file.report
                    print((position > 0 ? "\n" : "") + "\(file.file): \(report.stories) stories, "
                          + "\(fixed(report.meanGoldPhrases, 1)) gold phrases each (stemmed exact match, %)")
                    var header = ["system"]
                    for k in report.cutoffs { header += ["P@\(k)", "R@\(k)", "F1@\(k)"] }
                    header.append("seconds")
                    var rows = [header]
                    for system in report.systems {
                        var row = [system.system]
                        for score in system.scores {
                            row += [score.precision, score.recall, score.f1].map { fixed($0 * 100, 1) }
                        }
                        row.append(fixed(system.seconds, 2) + " s")
                        rows.append(row)
                    }
                    print(TextTable.render(rows), terminator: "")
                }
            }
        }
    }
}
