#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import ArgumentParser
import LedeAnalysis

struct EvaluateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "evaluate",
        abstract: "Score a model on held-out labelled data, or cross-validate options on training data.",
        discussion: """
            lede evaluate MODEL DATA...           held-out evaluation of a trained model
            lede evaluate --cv 5 DATA...          stratified 5-fold cross-validation of the options
            lede evaluate --cv 5 --grid DATA...   grid search over --alphas and --ngram-maxima
            """)

    @Argument(help: "MODEL then DATA files (with --cv: DATA files only).")
    var paths: [String]
    @Option(help: "Cross-validate with this many stratified folds instead of using a model.")
    var cv: Int?
    @Flag(help: "With --cv: grid search over --alphas and --ngram-maxima.")
    var grid = false
    @Option(help: "Grid values of alpha, comma-separated.")
    var alphas = CrossValidation.defaultGridAlphas.map { String($0) }.joined(separator: ",")
    @Option(name: .customLong("ngram-maxima"), help: "Grid values of the longest n-gram, comma-separated.")
    var ngramMaxima = CrossValidation.defaultGridNgramMaxima.map { String($0) }.joined(separator: ",")
    @Option(help: "Probability thresholds to report answers and accuracy at, comma-separated (held-out or --cv, not --grid).")
    var thresholds: String?
    @Flag(help: "Store the headline figures in the model file (held-out evaluation only).")
    var store = false
    @Option(help: OutputFormat.help(EvaluateCommand.formats))
    var format: OutputFormat = .table
    @OptionGroup var classifier: ClassifierOptionGroup
    @OptionGroup var input: DataOptions
    @OptionGroup var lock: LockOptionGroup

    static let formats: [OutputFormat] = [.table, .json, .jsonl, .csv]

    func validate() throws {
        try OutputFormat.check(format, among: Self.formats)
    }

    func run() throws {
        try reportingErrors {
            let lockOptions = try lock.resolved()
            let levels = try thresholds.map { try list($0, Double.init) }
            if let level = levels?.first(where: { !(0...1).contains($0) }) {
                throw LedeError.invalidOption("--thresholds must be probabilities from 0 to 1 (got \(level))")
            }
            if let cv {
                guard !(grid && thresholds != nil) else {
                    throw LedeError.invalidOption("--thresholds reports one evaluation; it cannot go with --grid")
                }
                let documents = try input.read(paths)
                let options = try classifier.resolved()
                if let warning = TrainingWarnings.shortOfFolds(labels: documents.compactMap(\.label), folds: cv) {
                    StandardError.write(warning + "\n")
                }
                if grid {
                    let points = try CrossValidation.gridSearch(
                        documents, base: options, alphas: try list(alphas, Double.init), ngramMaxima: try list(ngramMaxima, Int.init), folds: cv)
                    try printGrid(points)
                } else {
                    try printReport(try CrossValidation.evaluate(documents, options: options, folds: cv, thresholds: levels))
                }
                return
            }
            guard paths.count >= 2 else { throw LedeError.invalidOption("usage: lede evaluate MODEL DATA... (or --cv K DATA...)") }
            if store { try OutputPath.check(paths[0], notAnyOf: Array(paths.dropFirst())) }
            let model = try TopicModelFile.read(from: paths[0])
            let documents = try input.read(Array(paths.dropFirst()))
            let labelled = documents.filter { $0.label != nil }
            guard !labelled.isEmpty else { throw LedeError.invalidTrainingData(documents.first?.location, reason: "no labelled documents to evaluate on") }
            let predictions = model.predict(labelled.map(\.fullText), topK: 1)
            let expected = labelled.map { $0.label! }
            var report = ClassificationReport(expected: expected, predicted: predictions.map(\.label))
            if let levels {
                report.thresholds = ThresholdOutcome.sweep(expected: expected, predictions: predictions, thresholds: levels)
            }
            try printReport(report)
            if store {
                // Read again under the lock: a model another process rewrote since is kept, with the
                // figures added, unless it is no longer the model that was evaluated.
                try ModelLock.withLock(paths[0], options: lockOptions) {
                    var current = try TopicModelFile.read(from: paths[0])
                    guard current.metadata.trainingDataFingerprint == model.metadata.trainingDataFingerprint else {
                        throw LedeError.writeFailed(
                            SourceLocation(path: paths[0]),
                            reason: "another process changed the model during the evaluation; the figures were not stored (evaluate again)")
                    }
                    current.metadata.lastEvaluation = report.summary(dataset: paths.dropFirst().joined(separator: " "))
                    try TopicModelFile.write(current, to: paths[0])
                }
            }
        }
    }

    private func list<T>(_ text: String, _ parse: (String) -> T?) throws -> [T] {
        try text.split(separator: ",").map {
            guard let value = parse(String($0.drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())) else { throw LedeError.invalidOption("cannot read grid value \"\($0)\"") }
            return value
        }
    }

    private func printReport(_ report: ClassificationReport) throws {
        switch format {
        case .json, .jsonl: print(try JSONOutput.string(report, pretty: format == .json))
        case .csv:
            print("label,precision,recall,f1,support")
            for m in report.perClass { print("\(csvField(m.label)),\(m.precision),\(m.recall),\(m.f1),\(m.support)") }
            print("accuracy,,,\(report.accuracy),\(report.documents)")
            print("macro avg,\(report.macro.precision),\(report.macro.recall),\(report.macro.f1),\(report.documents)")
            print("weighted avg,\(report.weighted.precision),\(report.weighted.recall),\(report.weighted.f1),\(report.documents)")
            if let outcomes = report.thresholds {
                print("\nthreshold,answered,answered_fraction,accuracy,correct_held_back")
                for o in outcomes { print("\(o.threshold),\(o.answered),\(o.answeredFraction),\(o.accuracy),\(o.correctHeldBack)") }
            }
        default:
            print(ReportTable.render(report), terminator: "")
        }
    }

    private func printGrid(_ points: [CrossValidation.GridPoint]) throws {
        switch format {
        case .json, .jsonl: print(try JSONOutput.string(points, pretty: format == .json))
        case .csv:
            print("alpha,ngram_max,accuracy,macro_f1")
            for p in points { print("\(p.alpha),\(p.ngramMax),\(p.accuracy),\(p.macroF1)") }
        default:
            var rows = [["alpha", "ngram max", "accuracy", "macro F1"]]
            rows += points.map { [String($0.alpha), String($0.ngramMax), fixed($0.accuracy), fixed($0.macroF1)] }
            print(TextTable.render(rows), terminator: "")
            if let best = points.first { print("best: --alpha \(best.alpha) --ngram-max \(best.ngramMax)") }
        }
    }
}

/// `value` with `digits` decimals (rounded half away from zero), as `printf("%.4f")` would write it.
func fixed(_ value: Double, _ digits: Int = 4) -> String {
    guard value.isFinite else { return value.isNaN ? "nan" : (value < 0 ? "-inf" : "inf") }
    var scale = 1
    for _ in 0..<digits { scale *= 10 }
    let magnitude = (abs(value) * Double(scale)).rounded()
    guard magnitude < 9e15 else { return String(value) }
    let units = Int(magnitude)
    let fraction = String(units % scale)
    let sign = value < 0 && units != 0 ? "-" : ""
    let whole = "\(sign)\(units / scale)"
    return digits == 0 ? whole : whole + "." + String(repeating: "0", count: digits - fraction.count) + fraction
}

/// A CSV field, quoted when needed (RFC 4180).
func csvField(_ text: String) -> String {
    text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" }) ? "\"" + text.split(separator: "\"", omittingEmptySubsequences: false).joined(separator: "\"\"") + "\"" : text
}

/// The human-readable classification report: per-class figures, averages, confusion matrix.
enum ReportTable {
    static func render(_ report: ClassificationReport) -> String {
        var rows = [["label", "precision", "recall", "f1", "support"]]
        for m in report.perClass { rows.append([m.label, fixed(m.precision), fixed(m.recall), fixed(m.f1), String(m.support)]) }
        rows.append(["", "", "", "", ""])
        rows.append(["accuracy", "", "", fixed(report.accuracy), String(report.documents)])
        rows.append(["macro avg", fixed(report.macro.precision), fixed(report.macro.recall), fixed(report.macro.f1), String(report.documents)])
        rows.append(["micro avg", fixed(report.micro.precision), fixed(report.micro.recall), fixed(report.micro.f1), String(report.documents)])
        rows.append(["weighted avg", fixed(report.weighted.precision), fixed(report.weighted.recall), fixed(report.weighted.f1), String(report.documents)])
        let text = TextTable.render(rows) + "\nconfusion matrix (rows: true label, columns: predicted, in label order)\n"
        var matrix = [["", ] + report.labels.indices.map { String($0) }]
        for (i, label) in report.labels.enumerated() { matrix.append(["\(i) \(label)"] + report.confusion[i].map(String.init)) }
        guard let outcomes = report.thresholds else { return text + TextTable.render(matrix) }
        var sweep = [["threshold", "answered", "share", "accuracy", "right but held back"]]
        for o in outcomes {
            sweep.append([String(o.threshold), String(o.answered), fixed(o.answeredFraction), fixed(o.accuracy), String(o.correctHeldBack)])
        }
        return text + TextTable.render(matrix)
            + "\nat a probability threshold (lede classify --threshold): answers kept, and their accuracy\n"
            + TextTable.render(sweep)
    }
}
