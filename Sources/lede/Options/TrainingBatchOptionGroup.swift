import ArgumentParser
import LedeAnalysis

/// `--batch-bytes`: how much labelled text train and update read and count at a time.
struct TrainingBatchOptionGroup: ParsableArguments {
    @Option(name: .customLong("batch-bytes"), help: "Read and count the data this many bytes of text at a time; peak memory is the model plus a few times this.")
    var batchBytes = TopicModelBuilder.defaultBatchBytes

    func validate() throws {
        guard batchBytes >= 1 else { throw ValidationError("--batch-bytes must be at least 1 (got \(batchBytes))") }
    }
}
