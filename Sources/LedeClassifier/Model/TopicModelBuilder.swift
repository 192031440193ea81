/// Trains (or updates) a topic classifier on labelled documents given in batches, keeping only
/// counts: what `lede train` and `lede update` use to read a corpus of any size in bounded
/// memory. Peak memory depends on the vocabulary and the batch, not on the corpus.
///
/// Counts are integers and the model is put in canonical order when built, so the result is the
/// model ``TopicClassifier/train(on:options:validation:threads:)`` gives on all the batches at
/// once, byte for byte, however the documents are cut into batches.
///
/// ```swift
/// var builder = try TopicModelBuilder(options: .init())
/// for batch in batches { try builder.add(batch) }
/// let model = try builder.build()
/// ```
public struct TopicModelBuilder: Sendable {
    /// The options the model is trained with.
    public let options: ClassifierOptions
    /// The checks applied to the data.
    public let validation: TrainingDataValidator
    /// Worker threads for counting; results do not depend on it.
    public var threads: Int
    /// The most memory the weights derived at ``build()`` may take (see ``MemoryLimit``); the
    /// model keeps it.
    public var memoryLimit = MemoryLimit()
    /// Labels the model had before (updating), exempt from the per-label minimum.
    private let existingLabels: Set<String>
    private var counts: ClassCounts
    private var fingerprint: UInt64
    private var tally = TrainingDataValidator.LabelTally()

    /// About how much text to give ``add(_:)`` at a time by default: 64 MiB. A corpus the size of
    /// 20 Newsgroups' training set (23 MB) is one batch, and trains as fast as it did read whole;
    /// a larger one never has more than this much text in memory. Each batch re-counts its
    /// distinct terms, so smaller batches cost time on a large vocabulary.
    public static let defaultBatchBytes = 64 << 20

    /// Documents skipped so far because they hold no text.
    public var skippedEmptyDocuments: Int { tally.skippedEmpty }
    /// Documents given so far, empty ones included.
    public var documentsGiven: Int { tally.documentsGiven }

    /// A builder of a new model; throws when `options` are not usable.
    public init(
        options: ClassifierOptions, validation: TrainingDataValidator = .init(),
        threads: Int = ParallelWork.defaultThreadCount
    ) throws {
        try options.validate()
        self.options = options
        self.validation = validation
        self.threads = threads
        existingLabels = []
        counts = ClassCounts()
        fingerprint = DataFingerprint.empty
    }

    /// A builder that adds to `model`'s counts (``TopicClassifier/update(with:validation:)``);
    /// refused for a compact model.
    public init(updating model: TopicClassifier, validation: TrainingDataValidator = .init()) throws {
        try self.init(adding: model, validation: validation, startingFromItsCounts: true)
    }

    /// A builder that counts documents to add to `model` later, without holding on to it: the
    /// counts start empty, with `model`'s options, and ``build(onto:)`` adds them to the model
    /// as it is by then. `lede update` reads its data this way, so that other writers of the
    /// model need not wait while it reads. Refused for a compact model.
    public init(countingFor model: TopicClassifier, validation: TrainingDataValidator = .init()) throws {
        try self.init(adding: model, validation: validation, startingFromItsCounts: false)
    }

    /// A builder of documents to add to `model`, with its options and labels, its counts and
    /// fingerprint or empty ones.
    private init(adding model: TopicClassifier, validation: TrainingDataValidator, startingFromItsCounts: Bool) throws {
        try model.requireFullCounts(for: "updated")
        options = model.options
        self.validation = validation
        threads = model.threads
        memoryLimit = model.memoryLimit
        existingLabels = Set(model.labels)
        counts = startingFromItsCounts ? model.counts : ClassCounts()
        fingerprint = startingFromItsCounts
            ? UInt64(model.metadata.trainingDataFingerprint, radix: 16) ?? DataFingerprint.empty : DataFingerprint.empty
    }

    /// Counts one batch of labelled documents (title and text joined); throws, naming the file
    /// and line, at a document with no label or an empty one. Empty documents are skipped.
    public mutating func add(_ documents: [LabeledDocument]) throws {
        let (texts, labels) = try validation.trainable(documents, tally: &tally)
        guard !texts.isEmpty else { return }
        do {
            try counts.add(texts: texts, labels: labels, features: options.features, threads: threads)
        } catch {
            throw TopicClassifier.overflowError
        }
        fingerprint = DataFingerprint.combining(fingerprint, DataFingerprint.of(texts: texts, labels: labels, threads: threads))
    }

    /// `model` with the documents counted so far added (the builder is emptied): byte for byte
    /// what ``init(updating:validation:)``, the same batches and ``build()`` give, because
    /// counts add exactly in any order. `model` may be a newer version of the model the builder
    /// was made for (another writer's change landed meanwhile), but it must have the same
    /// options and not be compact. The checks that need the whole data set count the labels of
    /// both versions as existing.
    public mutating func build(onto model: TopicClassifier) throws -> TopicClassifier {
        guard model.options == options else {
            throw LedeError.invalidOption(
                "the model was replaced by one trained with other options while the new data was read; nothing was written")
        }
        try model.requireFullCounts(for: "updated")
        try validation.check(tally, existingLabels: existingLabels.union(model.labels))
        var merged = model.counts
        do {
            try merged.merge(counts)
        } catch {
            throw TopicClassifier.overflowError
        }
        counts = ClassCounts()
        let previous = UInt64(model.metadata.trainingDataFingerprint, radix: 16) ?? DataFingerprint.empty
        return try finished(&merged, fingerprint: DataFingerprint.combining(previous, fingerprint))
    }

    /// The model: the checks that need the whole data set (see ``TrainingDataValidator``), then
    /// the counts in canonical order and the weights derived from them.
    /// The counts are put in order in place (no second copy of them at the peak).
    public mutating func build() throws -> TopicClassifier {
        try validation.check(tally, existingLabels: existingLabels)
        // Taken out while they are ordered, so that the one copy is ordered in place, and put back.
        var built = counts
        counts = ClassCounts()
        defer { counts = built }
        return try finished(&built, fingerprint: fingerprint)
    }

    /// The model of `counts`, once the data has passed the checks that need all of it: the
    /// counts put in canonical order in place, the memory the weights need checked, then the
    /// model with `fingerprint` and its weights.
    private func finished(_ counts: inout ClassCounts, fingerprint: UInt64) throws -> TopicClassifier {
        counts.canonicalize(threads: threads)
        try memoryLimit.requireWeightsFit(
            counts: counts, options: options, at: tally.firstLocation.map { SourceLocation(path: $0.path) })
        var model = TopicClassifier(
            options: options, counts: counts,
            metadata: ModelMetadata(trainingDataFingerprint: DataFingerprint.hex(fingerprint)), threads: threads)
        model.memoryLimit = memoryLimit
        try model.requireFeatures(documentCount: counts.documentCount)
        return model
    }
}
