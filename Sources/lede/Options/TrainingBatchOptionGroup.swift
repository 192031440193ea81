import ArgumentParser
import LedeAnalysis

/// `--batch-bytes`: how much labelled text train and update read and count at a time.
struct TrainingBatchOptionGroup: ParsableArguments {
    @Option(name: .customLong("batch-bytes"), help: ArgumentHelp(
        "Read and count the data this much text at a time (bytes, or with a unit: 16M, 1G); peak memory is the model plus a few times this.",
        valueName: "size"))
    var batchSize = ByteCount(bytes: TopicModelBuilder.defaultBatchBytes)

    /// The batch size in bytes.
    var batchBytes: Int { batchSize.bytes }
}
