/// Stratified k-fold cross-validation and grid search over classifier options.
public enum CrossValidation {
    /// Fold assignment: within each label, documents in input order go to folds 0, 1, …, k-1 in
    /// turn, so every fold has each label in proportion and the split is deterministic.
    public static func stratifiedFolds(labels: [String], folds: Int) -> [Int] {
        var seen: [String: Int] = [:]
        return labels.map { label in
            let position = seen[label, default: 0]
            seen[label] = position + 1
            return position % folds
        }
    }

    /// The labels with fewer examples than `folds`, with their counts, in label order. Such a
    /// label is missing from the held-out part of some folds, and a label with one example is
    /// only ever tested by a model trained without it (so it is never predicted right). Those
    /// folds still run; this is what a program warns about, as scikit-learn's `StratifiedKFold`
    /// does.
    public static func labelsShortOfFolds(labels: [String], folds: Int) -> [(label: String, count: Int)] {
        var counts: [String: Int] = [:]
        for label in labels { counts[label, default: 0] += 1 }
        return counts.filter { $0.value < folds }.sorted { $0.key < $1.key }.map { (label: $0.key, count: $0.value) }
    }

    /// Trains on k-1 folds and predicts the held-out fold, k times; returns the report over all
    /// out-of-fold predictions, with the outcome of each of `thresholds` when given (how to pick
    /// `lede classify --threshold` on training data, not on a test set).
    ///
    /// Labels with fewer examples than folds are cross-validated as they are (see
    /// ``labelsShortOfFolds(labels:folds:)``); the data is refused only when some fold would
    /// leave fewer than two labels to train on.
    public static func evaluate(
        _ documents: [LabeledDocument], options: ClassifierOptions, folds: Int = 5,
        validation: TrainingDataValidator = .init(),
        thresholds: [Double]? = nil, threads: Int = ParallelWork.defaultThreadCount
    ) throws -> ClassificationReport {
        guard folds >= 2 else { throw LedeError.invalidOption("cross-validation needs at least 2 folds (got \(folds))") }
        let labels = documents.map { $0.label ?? "" }
        let assignment = stratifiedFolds(labels: labels, folds: folds)
        try requireTwoTrainingLabels(labels: labels, assignment: assignment, folds: folds, documents: documents)
        var predicted = [TopicPrediction?](repeating: nil, count: documents.count)
        for fold in 0..<folds {
            let trainSet = documents.indices.filter { assignment[$0] != fold }.map { documents[$0] }
            let testIndices = documents.indices.filter { assignment[$0] == fold }
            guard !testIndices.isEmpty else { continue }
            let model = try TopicClassifier.train(on: trainSet, options: options, validation: validation, threads: threads)
            let predictions = model.predict(testIndices.map { documents[$0].fullText }, topK: 1)
            for (index, prediction) in zip(testIndices, predictions) { predicted[index] = prediction }
        }
        // Every document is in exactly one fold, so every one was predicted.
        let outOfFold = predicted.map { $0! }
        var report = ClassificationReport(expected: labels, predicted: outOfFold.map(\.label))
        if let thresholds {
            report.thresholds = ThresholdOutcome.sweep(expected: labels, predictions: outOfFold, thresholds: thresholds)
        }
        return report
    }

    /// Throws when the training part of some fold (every document not assigned to it) holds
    /// fewer than two labels, naming the fold, before any model is trained.
    private static func requireTwoTrainingLabels(
        labels: [String], assignment: [Int], folds: Int, documents: [LabeledDocument]
    ) throws {
        var foldsOfLabel: [String: Set<Int>] = [:]
        for (label, fold) in zip(labels, assignment) { foldsOfLabel[label, default: []].insert(fold) }
        guard foldsOfLabel.count >= 2 else { return }  // one label: training itself says so
        for fold in 0..<folds {
            // A label is in the fold's training part unless every one of its documents is in the fold.
            let training = foldsOfLabel.filter { $0.value != [fold] }.keys.sorted()
            guard training.count < 2 else { continue }
            let held = foldsOfLabel.filter { $0.value == [fold] }.keys.sorted()
            throw LedeError.invalidTrainingData(
                documents.first?.location,
                reason: "fold \(fold + 1) of \(folds) would train on \(training.isEmpty ? "no label" : "one label (\(training[0]))") "
                    + "because all examples of \(held.map { "\"\($0)\"" }.joined(separator: ", ")) are in it; "
                    + "a topic classifier needs at least two labels")
        }
    }

    /// One point of a grid search and its cross-validated score.
    public struct GridPoint: Sendable, Hashable, Codable {
        /// The smoothing tried.
        public var alpha: Double
        /// The longest n-gram tried.
        public var ngramMax: Int
        /// Cross-validated accuracy.
        public var accuracy: Double
        /// Cross-validated macro-F1.
        public var macroF1: Double
    }

    /// The smoothing values a grid search tries when the caller does not say: a log-spaced
    /// range (steps of about 3×) around the default alpha, 0.1.
    public static let defaultGridAlphas: [Double] = [0.01, 0.03, 0.1, 0.3, 1]
    /// The longest n-grams a grid search tries when the caller does not say: words, and word pairs.
    public static let defaultGridNgramMaxima: [Int] = [1, 2]

    /// Cross-validates every combination of `alphas` and `ngramMaxima` on top of `base` and
    /// returns all points, best first (by accuracy, then macro-F1, then smaller alpha).
    public static func gridSearch(
        _ documents: [LabeledDocument], base: ClassifierOptions, alphas: [Double] = defaultGridAlphas,
        ngramMaxima: [Int] = defaultGridNgramMaxima, folds: Int = 5,
        threads: Int = ParallelWork.defaultThreadCount
    ) throws -> [GridPoint] {
        var points: [GridPoint] = []
        for ngramMax in ngramMaxima {
            for alpha in alphas {
                var options = base
                options.alpha = alpha
                options.features.tokenizer.ngramMax = ngramMax
                let report = try evaluate(documents, options: options, folds: folds, threads: threads)
                points.append(GridPoint(alpha: alpha, ngramMax: ngramMax, accuracy: report.accuracy, macroF1: report.macro.f1))
            }
        }
        return points.sorted {
            ($0.accuracy, $0.macroF1, -$0.alpha) > ($1.accuracy, $1.macroF1, -$1.alpha)
        }
    }
}
