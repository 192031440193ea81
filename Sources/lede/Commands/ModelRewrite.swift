import LedeAnalysis

/// What `lede update` and `lede forget` share: check where the result goes, read the DATA files,
/// then holding the destination's write lock read MODEL, change it with them and write it
/// atomically to `output` or back over MODEL (a failure at any step leaves the old file as it
/// was; a concurrent writer of the same model waits its turn, so neither change is lost).
struct ModelRewrite {
    /// The model file to change.
    var model: String
    /// Where to write the result (`nil`: over ``model``).
    var output: String?
    /// How long to wait for another writer of the destination.
    var lock: LockOptions
    /// The most the changed model's weights may take.
    var memory: MemoryLimit

    /// Where the result is written.
    var destination: String { output ?? model }

    /// Reads the model and `data`, applies `change`, writes the result and returns it.
    func apply(
        data: [String], input: DataOptions, _ change: (inout TopicClassifier, [LabeledDocument]) throws -> Void
    ) throws -> TopicClassifier {
        try OutputPath.check(destination, notAnyOf: data)
        let documents = try input.read(data)
        return try apply { classifier in try change(&classifier, documents) }
    }

    /// Holding the destination's write lock, reads the model, applies `change`, writes the
    /// result and returns it. The caller checks the destination is not one of its data files;
    /// `lede update` reads and counts its data before, so the lock is held only while the model
    /// is read, changed and written.
    func apply(_ change: (inout TopicClassifier) throws -> Void) throws -> TopicClassifier {
        try ModelLock.withLock(destination, options: lock) {
            // Loading bounds what the file makes lede derive by its size; the change is training,
            // bounded as `train` is.
            var classifier = try TopicModelFile.read(from: model, limit: memory)
            classifier.memoryLimit = memory
            try change(&classifier)
            try TopicModelFile.write(classifier, to: destination)
            return classifier
        }
    }

    /// The size of the file at `path` (0 when it cannot be found; reading it reports that).
    static func fileBytes(_ path: String) -> Int {
        var info = stat()
        return stat(path, &info) == 0 ? Int(info.st_size) : 0
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
