import ArgumentParser
import LedeAnalysis

struct TrainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "train", abstract: "Train a topic model on labelled articles (JSONL, CSV, folder per label).")

    @Argument(help: "Labelled data files or folders.")
    var data: [String]
    @Option(name: .shortAndLong, help: "Where to write the model.")
    var output: String
    @Option(name: .customLong("min-examples"), help: "Fewest documents a label may have (default 2).")
    var minExamples: Int?
    @Flag(help: "Keep only the terms that are features (smaller file, same predictions; later updates cannot recover dropped terms).")
    var compact = false
    @OptionGroup var classifier: ClassifierOptionGroup
    @OptionGroup var input: DataOptions

    func run() throws {
        try reportingErrors {
            let options = try classifier.resolved()
            let documents = try input.read(data)
            let validation = TrainingDataValidator(minimumExamplesPerLabel: minExamples ?? TrainingDataValidator().minimumExamplesPerLabel)
            var model = try TopicClassifier.train(on: documents, options: options, validation: validation)
            if compact { model = model.compacted() }
            try TopicModelFile.write(model, to: output)
            let skipped = validation.skippedEmptyDocuments(documents)
            StandardError.write("trained \(model.labels.count) labels on \(model.counts.documentCount) documents (\(model.weights.featureCount) features\(skipped > 0 ? ", \(skipped) empty documents skipped" : "")) → \(output)\n")
        }
    }
}

struct UpdateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "update", abstract: "Retrain a model in place on more labelled articles (new words and labels allowed).")

    @Argument(help: "The model to update.")
    var model: String
    @Argument(help: "New labelled data files or folders.")
    var data: [String]
    @Option(name: .shortAndLong, help: "Write the updated model here instead of replacing MODEL.")
    var output: String?
    @Option(name: .customLong("min-examples"), help: "Fewest documents a new label may have (default 2).")
    var minExamples: Int?
    @OptionGroup var input: DataOptions

    func run() throws {
        try reportingErrors {
            let validation = TrainingDataValidator(minimumExamplesPerLabel: minExamples ?? TrainingDataValidator().minimumExamplesPerLabel)
            let rewrite = ModelRewrite(model: model, output: output)
            var added = 0
            let classifier = try rewrite.apply(data: data, input: input) { classifier, documents in
                try classifier.update(with: documents, validation: validation)
                added = documents.count
            }
            StandardError.write("updated with \(added) documents: \(classifier.labels.count) labels, \(classifier.counts.documentCount) documents in all → \(rewrite.destination)\n")
        }
    }
}

struct MergeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge", abstract: "Merge two models trained with the same options on different data.")

    @Argument(help: "First model.")
    var first: String
    @Argument(help: "Second model.")
    var second: String
    @Option(name: .shortAndLong, help: "Where to write the merged model.")
    var output: String

    func run() throws {
        try reportingErrors {
            let merged = try TopicModelFile.read(from: first).merged(with: try TopicModelFile.read(from: second))
            try TopicModelFile.write(merged, to: output)
            StandardError.write("merged: \(merged.labels.count) labels, \(merged.counts.documentCount) documents → \(output)\n")
        }
    }
}
