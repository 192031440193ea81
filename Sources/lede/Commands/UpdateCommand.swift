import ArgumentParser
import LedeAnalysis

struct UpdateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "update", abstract: "Retrain a model in place on more labelled articles (new words and labels allowed).")

    @Argument(help: "The model to update.")
    var model: String
    @Argument(help: "New labelled data files or folders.")
    var data: [String]
    @Option(name: .shortAndLong, help: "Write the updated model here instead of replacing MODEL.")
    var output: String?
    @Option(name: .customLong("min-examples"), help: "Fewest documents a new label may have; a label with one trains, with a warning.")
    var minExamples = TrainingDataValidator().minimumExamplesPerLabel
    @OptionGroup var batch: TrainingBatchOptionGroup
    @OptionGroup var input: DataOptions
    @OptionGroup var lock: LockOptionGroup
    @OptionGroup var memory: MemoryOptionGroup

    func run() throws {
        try reportingErrors {
            let validation = TrainingDataValidator(minimumExamplesPerLabel: minExamples)
            let rewrite = ModelRewrite(model: model, output: output, lock: try lock.resolved(), memory: try memory.resolved())
            try OutputPath.check(rewrite.destination, notAnyOf: data)
            var added = 0
            let classifier = try rewrite.apply { classifier in
                // The new data is read in batches, as by train: only counts are kept.
                var builder = try TopicModelBuilder(updating: classifier, validation: validation)
                try input.forEachBatch(data, bytes: batch.batchBytes) { try builder.add($0) }
                classifier = try builder.build()
                added = builder.documentsGiven
            }
            if let warning = TrainingWarnings.oneExample(classifier) { StandardError.write(warning + "\n") }
            StandardError.write("updated with \(added) documents: \(classifier.labels.count) labels, \(classifier.counts.documentCount) documents in all → \(rewrite.destination)\n")
        }
    }
}
