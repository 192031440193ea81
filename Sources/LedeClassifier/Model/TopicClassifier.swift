/// A naive-Bayes topic classifier: train it on labelled documents, update it with more, merge
/// shard models, and predict topics with probabilities.
///
/// ```swift
/// var model = try TopicClassifier.train(on: documents, options: .init())
/// let predictions = model.predict(["Shares in the carmaker rose 6% after..."], topK: 3)
/// try model.update(with: moreDocuments)
/// ```
///
/// Models keep counts (``ClassCounts``) as integers over a vocabulary in byte order; weights are
/// re-derived after every change, so `update(A); update(B)` gives the model `train(A ∪ B)`
/// gives, `merge` of shard models gives the model trained on all shards — in any order or tree —
/// and `forget(B)` after `train(A ∪ B)` gives `train(A)`, all exactly, to the bit.
public struct TopicClassifier: Sendable {
    /// The options the model was trained with (fixed for its lifetime).
    public let options: ClassifierOptions
    /// The learned counts.
    public private(set) var counts: ClassCounts
    /// The weights derived from ``counts``.
    public private(set) var weights: NaiveBayesWeights
    /// Creation time, training-data fingerprint and last evaluation.
    public var metadata: ModelMetadata
    /// Worker threads for counting and prediction; results do not depend on it.
    public var threads: Int = ParallelWork.defaultThreadCount
    /// The most memory the weights may take after ``update(with:validation:)``,
    /// ``forget(_:)`` or ``merged(with:)``; beyond it they throw `.tooLarge` before allocating.
    public var memoryLimit = MemoryLimit()

    /// Whether the model was compacted (``compacted()``): it keeps only its features' counts, so
    /// it predicts as before but cannot be updated, merged or forgotten from exactly, and those
    /// refuse it.
    public let isCompact: Bool

    /// A model from stored counts (model files), deriving weights on `threads` threads.
    public init(options: ClassifierOptions, counts: ClassCounts, metadata: ModelMetadata, isCompact: Bool = false,
                threads: Int = ParallelWork.defaultThreadCount) {
        self.options = options
        self.counts = counts
        self.metadata = metadata
        self.isCompact = isCompact
        self.threads = threads
        weights = NaiveBayesWeights(counts: counts, options: options, threads: threads)
    }

    /// A model from stored counts and the weights derived from them earlier (model files).
    init(options: ClassifierOptions, counts: ClassCounts, metadata: ModelMetadata, isCompact: Bool, weights: NaiveBayesWeights) {
        self.options = options
        self.counts = counts
        self.metadata = metadata
        self.isCompact = isCompact
        self.weights = weights
    }

    /// Trains a model on labelled documents (title and text are joined).
    /// Throws when the data cannot make a classifier: see ``TrainingDataValidator``.
    ///
    /// The model depends on the multiset of documents only: their order, and how they were
    /// split between `train`, ``update(with:validation:)`` and ``merged(with:)``, make no
    /// difference to a single bit of its counts, weights or fingerprint.
    public static func train(
        on documents: [LabeledDocument], options: ClassifierOptions = .init(),
        validation: TrainingDataValidator = .init(), threads: Int = ParallelWork.defaultThreadCount,
        memoryLimit: MemoryLimit = .init()
    ) throws -> TopicClassifier {
        var builder = try TopicModelBuilder(options: options, validation: validation, threads: threads)
        builder.memoryLimit = memoryLimit
        try builder.add(documents)
        return try builder.build()
    }

    /// Adds labelled documents — new words and new labels included — and re-derives the weights.
    /// The result is the model ``train(on:options:validation:threads:)`` gives on all the data.
    /// Refused for a compact model. (``TopicModelBuilder/init(updating:validation:)`` does the
    /// same for data that comes in batches.)
    public mutating func update(with documents: [LabeledDocument], validation: TrainingDataValidator = .init()) throws {
        var builder = try TopicModelBuilder(updating: self, validation: validation)
        try builder.add(documents)
        self = try builder.build()
    }

    /// Reported when a class's sum would overflow its fixed-point range.
    static let overflowError = LedeError.invalidTrainingData(
        nil, reason: "a class's sum of one term's weights passes 2^31 documents' worth, the most a model can hold")

    /// Refuses a compact model, whose dropped counts would make the change inexact.
    func requireFullCounts(for change: String) throws {
        guard !isCompact else {
            throw LedeError.invalidOption(
                "this model is compact (it keeps only its features' counts), so it cannot be \(change) exactly; train it again without compacting")
        }
    }

    /// Takes labelled documents the model was trained on back out — a retracted article, or one
    /// filed under the wrong label (forget it, then ``update(with:validation:)`` with the right
    /// label) — and re-derives the weights. The result is the model trained on the rest of the
    /// data, exactly: the same counts, weights and training-data fingerprint. A label left with
    /// no documents goes; documents with no text are skipped, as in training.
    ///
    /// Throws, naming the document's file and line and leaving the model unchanged, when a
    /// document has no label, a label the model does not have, or a term the model never saw
    /// (it was not trained here); when more documents of a label are given than were trained;
    /// when counts would fall below zero; when fewer than two labels would be left; and when the
    /// model is compact.
    public mutating func forget(_ documents: [LabeledDocument]) throws {
        try requireFullCounts(for: "forgotten from")
        let (texts, labels) = try TrainingDataValidator(minimumExamplesPerLabel: 1)
            .check(documents, existingLabels: Set(counts.labels))
        let kept = documents.filter { !TrainingDataValidator.isEmpty($0) }
        let remaining: ClassCounts
        do {
            remaining = try counts.removing(texts: texts, labels: labels, features: options.features, threads: threads)
        } catch {
            switch error {
            case .unknownLabel(let index, let label):
                throw LedeError.invalidTrainingData(kept[index].location, reason: "label \"\(label)\" is not one of the model's, so nothing of it can be forgotten")
            case .unknownTerm(let index, let term):
                throw LedeError.invalidTrainingData(
                    kept[index].location,
                    reason: "the model never saw the term \"\(term)\": this document was not trained on")
            case .moreDocumentsThanTrained(let label, let trained, let removing):
                throw LedeError.invalidTrainingData(
                    kept.first { $0.label == label }?.location,
                    reason: "\(removing) documents of \"\(label)\" to forget, but the model was trained on \(trained)")
            case .countsBelowZero:
                throw LedeError.invalidTrainingData(
                    kept.first?.location, reason: "these documents were not all trained on: counts would fall below zero")
            }
        }
        guard remaining.labels.count >= 2 else {
            throw LedeError.invalidTrainingData(
                kept.first?.location,
                reason: "forgetting these documents would leave \(remaining.labels.count) label\(remaining.labels.count == 1 ? "" : "s"); a topic classifier needs at least two")
        }
        try memoryLimit.requireWeightsFit(counts: remaining, options: options, at: kept.first.map { SourceLocation(path: $0.location.path) })
        var forgotten = TopicClassifier(options: options, counts: remaining, metadata: metadata, threads: threads)
        forgotten.memoryLimit = memoryLimit
        try forgotten.requireFeatures(documentCount: remaining.documentCount)
        self = forgotten
        let previous = UInt64(metadata.trainingDataFingerprint, radix: 16) ?? DataFingerprint.empty
        let removed = DataFingerprint.of(texts: texts, labels: labels, threads: threads)
        metadata = ModelMetadata(trainingDataFingerprint: DataFingerprint.hex(DataFingerprint.removing(removed, from: previous)))
    }

    /// The model trained on both models' data: byte for byte the model
    /// ``train(on:options:validation:threads:)`` gives on the union, whichever model comes
    /// first and in whatever tree shard models are merged. Both must have been trained with
    /// the same options, and neither may be compact.
    public func merged(with other: TopicClassifier) throws -> TopicClassifier {
        guard other.options == options else {
            throw LedeError.invalidOption("cannot merge models trained with different options")
        }
        try requireFullCounts(for: "merged")
        try other.requireFullCounts(for: "merged")
        var counts = counts
        do {
            try counts.merge(other.counts)
        } catch {
            throw Self.overflowError
        }
        counts.canonicalize(threads: threads)
        try memoryLimit.requireWeightsFit(counts: counts, options: options)
        let left = UInt64(metadata.trainingDataFingerprint, radix: 16) ?? DataFingerprint.empty
        let right = UInt64(other.metadata.trainingDataFingerprint, radix: 16) ?? DataFingerprint.empty
        return TopicClassifier(
            options: options, counts: counts,
            metadata: ModelMetadata(trainingDataFingerprint: DataFingerprint.hex(DataFingerprint.combining(left, right))),
            threads: threads)
    }

    /// The class labels, sorted.
    public var labels: [String] { counts.labels }

    /// The TF-IDF rows of `texts` over the model's features (columns are feature indices, see
    /// ``NaiveBayesWeights/features``; other terms dropped), with each text's total term
    /// occurrences and feature occurrences, for coverage.
    public func featureRows(_ texts: [String]) -> (rows: SparseMatrix, termOccurrences: [Int], knownOccurrences: [Int]) {
        featureRows(texts, threads: threads)
    }

    /// ``featureRows(_:)`` on `threads` threads.
    private func featureRows(_ texts: [String], threads: Int) -> (rows: SparseMatrix, termOccurrences: [Int], knownOccurrences: [Int]) {
        let counter = TermCounter(tokenizer: Tokenizer(options: options.features.tokenizer), threads: threads)
        var (rows, occurrences) = counter.countKnown(texts, in: self.counts.vocabulary)
        var known = [Int](repeating: 0, count: rows.rowCount)
        if weights.features.coversEveryTerm {
            // Every term is a feature with its own id: the counts are the feature rows.
            for row in 0..<known.count {
                known[row] = Int(rows.values[rows.entries(ofRow: row)].reduce(0, +))
            }
        } else {
            Self.keepFeatures(of: &rows, featureOfTerm: weights.features.featureOfTerm, known: &known)
        }
        rows.columnCount = weights.featureCount
        TfidfWeighting.apply(options.features.tfidf, idf: weights.idf, to: &rows, threads: threads)
        return (rows, occurrences, known)
    }

    /// Renames the term columns of `rows` to feature indices in place, dropping the entries of
    /// terms that are not features (later entries move forward), so the term counts and the
    /// feature rows never both take memory: on a large test set with word pairs that copy was
    /// the peak of prediction. Feature indices follow vocabulary ids, so sorted rows stay sorted.
    /// `known[row]` receives the row's feature occurrences.
    private static func keepFeatures(of rows: inout SparseMatrix, featureOfTerm: [Int32], known: inout [Int]) {
        var offsets = rows.rowOffsets
        featureOfTerm.withUnsafeBufferPointer { featureOfTerm in
            rows.columnIndices.withUnsafeMutableBufferPointer { columns in
                rows.values.withUnsafeMutableBufferPointer { values in
                    var written = 0
                    var rowStart = 0
                    for row in 0..<known.count {
                        let rowEnd = offsets[row + 1]
                        var total: Float = 0
                        for entry in rowStart..<rowEnd {
                            let feature = featureOfTerm[Int(columns[entry])]
                            guard feature >= 0 else { continue }
                            columns[written] = feature
                            values[written] = values[entry]
                            total += values[entry]
                            written += 1
                        }
                        known[row] = Int(total)
                        rowStart = rowEnd
                        offsets[row + 1] = written
                    }
                }
            }
        }
        rows.rowOffsets = offsets
        rows.columnIndices.removeLast(rows.columnIndices.count - offsets[known.count])
        rows.values.removeLast(rows.values.count - offsets[known.count])
    }

    /// Class scores (`bias + x · W`) of feature rows, computed with BLAS.
    public func scores(of rows: SparseMatrix) -> DenseMatrix {
        scores(of: rows, threads: threads)
    }

    /// ``scores(of:)`` on `threads` threads.
    private func scores(of rows: SparseMatrix, threads: Int) -> DenseMatrix {
        var scores = rows.multiplied(by: weights.weights, threads: threads)
        let classes = labels.count
        for row in 0..<scores.rows {
            for c in 0..<classes { scores[row, c] += weights.bias[c] }
        }
        return scores
    }

    /// Each text's log-probability of every class (in ``labels`` order), log-sum-exp normalised.
    /// A large batch goes in runs, as in ``predict(_:topK:threshold:)``.
    public func logProbabilities(_ texts: [String]) -> [[Double]] {
        inRuns(texts) { texts, threads in logProbabilities(texts, threads: threads) }
    }

    /// ``logProbabilities(_:)`` of `texts` as one batch, on `threads` threads.
    private func logProbabilities(_ texts: [String], threads: Int) -> [[Double]] {
        let scores = scores(of: featureRows(texts, threads: threads).rows, threads: threads)
        return (0..<texts.count).map { row in
            let values = scores.row(row).map(Double.init)
            guard let top = values.max() else { return [] }
            let logTotal = top + log(values.reduce(0) { $0 + exp($1 - top) })
            return values.map { $0 - logTotal }
        }
    }

    /// Predicts each text's topic with its `topK` most probable labels.
    ///
    /// A large batch is cut into runs of consecutive texts of about a megabyte each, and each
    /// run goes through the whole pipeline — counting, TF-IDF, scores, ranking — on one thread,
    /// the runs shared out among ``threads`` threads: a run's rows stay in cache from counting to
    /// scoring, and are never copied into one matrix for the whole batch. Every text's
    /// prediction is the same however the texts are cut (each row's sums are taken in the same
    /// order).
    ///
    /// With a `threshold` (a probability, default 0), `ranked` keeps only the labels whose
    /// probability reaches it, up to `topK` — fastText's `-threshold` — and a text whose most
    /// probable label falls short gets status ``PredictionStatus/uncertain`` (its label is still
    /// the best guess). Texts that are empty or hold no known term keep those statuses.
    public func predict(_ texts: [String], topK: Int = TopicPrediction.defaultRankedCount, threshold: Double = TopicPrediction.defaultThreshold) -> [TopicPrediction] {
        inRuns(texts) { texts, threads in predict(texts, topK: topK, threshold: threshold, threads: threads) }
    }

    /// `body(run, threads)` for each run of `texts` (``TermCounter/runs(of:bytes:)``), the runs
    /// shared among ``threads`` threads and each worked on one, the results joined in text
    /// order; a batch of one run goes to `body` whole, with all the threads.
    private func inRuns<Result>(_ texts: [String], _ body: ([String], Int) -> [Result]) -> [Result] {
        let runs = threads > 1 ? TermCounter.runs(of: texts[...], bytes: Self.runBytes) : []
        guard runs.count > 1 else { return body(texts, threads) }
        return ParallelWork.map(count: runs.count, threads: threads) { run in
            body(Array(texts[runs[run]]), 1)
        }.flatMap { $0 }
    }

    /// Text per run of ``predict(_:topK:threshold:)`` and ``logProbabilities(_:)``: 1 MB.
    private static let runBytes = 1 << 20

    /// ``predict(_:topK:threshold:)`` of `texts` as one batch, on `threads` threads.
    private func predict(_ texts: [String], topK: Int, threshold: Double, threads: Int) -> [TopicPrediction] {
        let (rows, occurrences, known) = featureRows(texts, threads: threads)
        let scores = scores(of: rows, threads: threads)
        let fallback = counts.documentsPerClass.indices.max {
            (counts.documentsPerClass[$0], $1) < (counts.documentsPerClass[$1], $0)
        } ?? 0
        let labels = self.labels
        let rank = { (row: Int) -> TopicPrediction in
            var status: PredictionStatus = occurrences[row] == 0 ? .empty : (known[row] == 0 ? .noKnownTerms : .ok)
            let probabilities = LogSumExp.normalize(Array(scores.row(row)))
            var order = Array(probabilities.indices)
            order.sort { probabilities[$0] != probabilities[$1] ? probabilities[$0] > probabilities[$1] : $0 < $1 }
            if status != .ok, let position = order.firstIndex(of: fallback) {
                order.remove(at: position)
                order.insert(fallback, at: 0)
            }
            let kept = order.prefix(max(1, topK)).enumerated().filter { $0.offset == 0 || probabilities[$0.element] >= threshold }
            let ranked = kept.map { LabelProbability(label: labels[$0.element], probability: probabilities[$0.element]) }
            if status == .ok && ranked[0].probability < threshold { status = .uncertain }
            return TopicPrediction(
                label: ranked[0].label, probability: ranked[0].probability, ranked: ranked, status: status,
                coverage: occurrences[row] == 0 ? 0 : min(1, Double(known[row]) / Double(occurrences[row])))
        }
        // Ranking is a few small arrays per text; a large batch is ranked in row ranges on all
        // threads (the same predictions, in order).
        let ranges = ParallelWork.ranges(total: texts.count, parts: texts.count >= 1 << 12 ? threads : 1)
        return ParallelWork.map(count: ranges.count, threads: threads) { part in ranges[part].map(rank) }.flatMap { $0 }
    }

    func requireFeatures(documentCount: Int) throws {
        guard weights.featureCount > 0 else {
            throw LedeError.emptyVocabulary(
                documentCount: documentCount,
                reason: counts.vocabulary.count == 0
                    ? "the documents hold no words of at least \(options.features.tokenizer.minimumLength) letters or digits that are not stop words"
                    : "all \(counts.vocabulary.count) terms fall outside the document-frequency limits")
        }
    }
}

/// Turns scores into probabilities without overflow.
public enum LogSumExp {
    /// `exp(s - logsumexp(s))` for each score.
    public static func normalize(_ scores: [Float]) -> [Double] {
        guard let top = scores.max() else { return [] }
        let shifted = scores.map { exp(Double($0 - top)) }
        let total = shifted.reduce(0, +)
        return shifted.map { $0 / total }
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
