import ArgumentParser
import LedeAnalysis

struct TrainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "train", abstract: "Train a topic model on labelled articles (JSONL, CSV, folder per label).")

    @Argument(help: "Labelled data files or folders.")
    var data: [String]
    @Option(name: .shortAndLong, help: "Where to write the model.")
    var output: String
    @Option(name: .customLong("min-examples"), help: "Fewest documents a label may have; a label with one trains, with a warning.")
    var minExamples = TrainingDataValidator().minimumExamplesPerLabel
    @Flag(help: "Keep only the terms that are features (smaller file, same predictions; the model then refuses update, merge and forget).")
    var compact = false
    @OptionGroup var classifier: ClassifierOptionGroup
    @OptionGroup var batch: TrainingBatchOptionGroup
    @OptionGroup var input: DataOptions
    @OptionGroup var lock: LockOptionGroup
    @OptionGroup var memory: MemoryOptionGroup

    func run() throws {
        try reportingErrors {
            let options = try classifier.resolved()
            let lockOptions = try lock.resolved()
            let memoryLimit = try memory.resolved()
            try OutputPath.check(output, notAnyOf: data)
            // The corpus is read in batches and only counts are kept: memory depends on the
            // vocabulary and the batch, not on the corpus.
            let validation = TrainingDataValidator(minimumExamplesPerLabel: minExamples)
            var builder = try TopicModelBuilder(options: options, validation: validation)
            builder.memoryLimit = memoryLimit
            try input.forEachBatch(data, bytes: batch.batchBytes) { try builder.add($0) }
            var model = try builder.build()
            if compact { model = model.compacted() }
            try ModelLock.withLock(output, options: lockOptions) { try TopicModelFile.write(model, to: output) }
            let skipped = builder.skippedEmptyDocuments
            if let warning = TrainingWarnings.oneExample(model) { StandardError.write(warning + "\n") }
            StandardError.write("trained \(model.labels.count) labels on \(model.counts.documentCount) documents (\(model.weights.featureCount) features\(skipped > 0 ? ", \(skipped) empty documents skipped" : "")) → \(output)\n")
        }
    }
}
