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
            // The new data is read in batches, as by train, keeping only its counts, and without
            // the model's write lock: other writers of the model need not wait while it is read.
            // The counts are then added to the model as it is once the lock is ours.
            var builder = try TopicModelBuilder(
                countingFor: try TopicModelFile.read(from: model, limit: rewrite.memory), validation: validation)
            builder.memoryLimit = rewrite.memory
            try input.forEachBatch(data, bytes: batch.batchBytes) { try builder.add($0) }
            let added = builder.documentsGiven
            let classifier = try rewrite.apply { classifier in classifier = try builder.build(onto: classifier) }
            if let warning = TrainingWarnings.oneExample(classifier) { StandardError.write(warning + "\n") }
            StandardError.write("updated with \(added) documents: \(classifier.labels.count) labels, \(classifier.counts.documentCount) documents in all → \(rewrite.destination)\n")
        }
    }
}
