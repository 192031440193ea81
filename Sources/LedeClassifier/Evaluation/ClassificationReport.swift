/// Precision, recall, F1 and support of one class.
public struct ClassMetrics: Sendable, Hashable, Codable {
    /// The class label.
    public var label: String
    /// Of the documents predicted as this class, the fraction that are.
    public var precision: Double
    /// Of the documents of this class, the fraction predicted as it.
    public var recall: Double
    /// Harmonic mean of precision and recall (0 when both are 0).
    public var f1: Double
    /// The number of documents of this class.
    public var support: Int
}

/// Averaged precision, recall and F1.
public struct AveragedMetrics: Sendable, Hashable, Codable {
    /// Mean precision.
    public var precision: Double
    /// Mean recall.
    public var recall: Double
    /// Mean F1.
    public var f1: Double
}

/// A full evaluation of predictions against true labels, as scikit-learn's
/// `classification_report` and `confusion_matrix` give it.
public struct ClassificationReport: Sendable, Hashable, Codable {
    /// The labels, in the order of ``perClass`` and the confusion matrix.
    public var labels: [String]
    /// The number of documents scored.
    public var documents: Int
    /// The fraction predicted correctly.
    public var accuracy: Double
    /// Per-class precision, recall, F1 and support.
    public var perClass: [ClassMetrics]
    /// Unweighted mean over classes.
    public var macro: AveragedMetrics
    /// Computed from total true/false positives (equals accuracy for single-label data).
    public var micro: AveragedMetrics
    /// Mean over classes weighted by support.
    public var weighted: AveragedMetrics
    /// `confusion[i][j]`: documents of `labels[i]` predicted as `labels[j]`.
    public var confusion: [[Int]]
    /// Answers and their accuracy at probability thresholds, when asked for
    /// (``ThresholdOutcome/sweep(expected:predictions:thresholds:)``); `nil` otherwise.
    public var thresholds: [ThresholdOutcome]?

    /// Scores `predicted` labels against `expected` ones. Labels are the union of both, sorted.
    public init(expected: [String], predicted: [String]) {
        precondition(expected.count == predicted.count)
        let labels = Set(expected).union(predicted).sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
        let index = Dictionary(uniqueKeysWithValues: labels.enumerated().map { ($1, $0) })
        var confusion = [[Int]](repeating: [Int](repeating: 0, count: labels.count), count: labels.count)
        for (truth, guess) in zip(expected, predicted) { confusion[index[truth]!][index[guess]!] += 1 }
        let total = expected.count
        let correct = labels.indices.reduce(0) { $0 + confusion[$1][$1] }
        var perClass: [ClassMetrics] = []
        for (i, label) in labels.enumerated() {
            let truePositives = Double(confusion[i][i])
            let predictedCount = Double(labels.indices.reduce(0) { $0 + confusion[$1][i] })
            let support = confusion[i].reduce(0, +)
            let precision = predictedCount > 0 ? truePositives / predictedCount : 0
            let recall = support > 0 ? truePositives / Double(support) : 0
            let f1 = precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0
            perClass.append(ClassMetrics(label: label, precision: precision, recall: recall, f1: f1, support: support))
        }
        let count = Double(max(1, labels.count))
        macro = AveragedMetrics(
            precision: perClass.reduce(0) { $0 + $1.precision } / count,
            recall: perClass.reduce(0) { $0 + $1.recall } / count,
            f1: perClass.reduce(0) { $0 + $1.f1 } / count)
        let supportTotal = Double(max(1, total))
        weighted = AveragedMetrics(
            precision: perClass.reduce(0) { $0 + $1.precision * Double($1.support) } / supportTotal,
            recall: perClass.reduce(0) { $0 + $1.recall * Double($1.support) } / supportTotal,
            f1: perClass.reduce(0) { $0 + $1.f1 * Double($1.support) } / supportTotal)
        let microValue = total > 0 ? Double(correct) / Double(total) : 0
        micro = AveragedMetrics(precision: microValue, recall: microValue, f1: microValue)
        self.labels = labels
        documents = total
        accuracy = microValue
        self.perClass = perClass
        self.confusion = confusion
    }

    /// The headline figures, for storing in a model file.
    public func summary(dataset: String) -> EvaluationSummary {
        EvaluationSummary(dataset: dataset, documents: documents, accuracy: accuracy, macroF1: macro.f1)
    }
}
