import ArgumentParser
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import LedeAnalysis

struct ModelInfoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "info", abstract: "Labels, vocabulary, documents per label, options, provenance and last evaluation.")

    @Argument(help: "Model file (default: the shipped model).")
    var model: String?
    @Option(help: OutputFormat.help(ModelInfoCommand.formats))
    var format: OutputFormat = .table
    static let formats: [OutputFormat] = [.table, .json]

    func validate() throws {
        try OutputFormat.check(format, among: Self.formats)
    }

    struct Info: Encodable {
        var path: String
        var labels: [String]
        var documentsPerLabel: [String: Int]
        var vocabularySize: Int
        var features: Int
        /// Whether the model keeps only its features' counts (merge, update and forget refuse it).
        var compact: Bool
        var options: PlainClassifierOptions
        var metadata: ModelMetadata
    }

    func run() throws {
        try reportingErrors {
            let path = model ?? DefaultModel.locate() ?? ""
            let classifier = try DefaultModel.load(model)
            let info = Info(
                path: path, labels: classifier.labels,
                documentsPerLabel: Dictionary(uniqueKeysWithValues: zip(classifier.labels, classifier.counts.documentsPerClass)),
                vocabularySize: classifier.counts.vocabulary.count, features: classifier.weights.featureCount,
                compact: classifier.isCompact, options: PlainClassifierOptions(classifier.options), metadata: classifier.metadata)
            if format == .json { print(try JSONOutput.string(info, pretty: true)); return }
            let created = Date(timeIntervalSince1970: TimeInterval(info.metadata.createdAt)).formatted(.iso8601)
            let o = classifier.options
            var lines = [
                "model:        \(path)",
                "labels:       \(info.labels.count)",
            ]
            for (label, count) in zip(info.labels, classifier.counts.documentsPerClass) { lines.append("  \(label): \(count) documents") }
            lines += [
                "vocabulary:   \(info.vocabularySize) terms (\(info.features) features)\(info.compact ? ", compact: merge, update and forget refuse it" : "")",
                "options:      \(o.variant.rawValue) NB, alpha \(o.alpha), n-grams 1-\(o.features.tokenizer.ngramMax), sublinear tf \(o.features.tfidf.sublinearTF), idf \(o.features.tfidf.idf.rawValue), norm \(o.features.tfidf.norm.rawValue), stop words \(o.features.tokenizer.stopWords.rawValue), stemming \(o.features.tokenizer.stemming)",
                "created:      \(created) by lede \(info.metadata.writtenBy)",
                "training data fingerprint: \(info.metadata.trainingDataFingerprint)",
            ]
            if let evaluation = info.metadata.lastEvaluation {
                lines.append("last evaluation: accuracy \(fixed(evaluation.accuracy)), macro F1 \(fixed(evaluation.macroF1)) on \(evaluation.documents) documents (\(evaluation.dataset))")
            } else {
                lines.append("last evaluation: none stored")
            }
            print(lines.joined(separator: "\n"))
        }
    }
}
