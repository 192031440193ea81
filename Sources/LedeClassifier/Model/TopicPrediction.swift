/// A label with its probability.
public struct LabelProbability: Sendable, Hashable, Codable {
    /// The class label.
    public var label: String
    /// Its probability under the model (log-sum-exp normalised scores).
    public var probability: Double

    /// Creates a pair.
    public init(label: String, probability: Double) {
        self.label = label
        self.probability = probability
    }
}

/// Why a prediction is weaker than usual.
public enum PredictionStatus: String, Sendable, Hashable, Codable {
    /// The document had known terms; the label is the model's choice.
    case ok
    /// The document has words, but none the model knows: the label is the prior's choice
    /// (the most frequent training class) and should not be trusted.
    case noKnownTerms = "no_known_terms"
    /// The document has no words at all (empty, whitespace, punctuation or only stop words).
    case empty
    /// The document has known terms, but the chosen label's probability is below the threshold
    /// the caller asked for: the label is the model's best guess, not an answer to act on.
    case uncertain
}

/// The classifier's answer for one document.
public struct TopicPrediction: Sendable, Hashable, Codable {
    /// How many labels a prediction ranks when the caller does not say (``TopicClassifier``'s
    /// `predict`, ``AnalysisOptions``' `topTopics`, `lede classify --top-k`): 3.
    public static let defaultRankedCount = 3
    /// The probability threshold when the caller does not set one (`lede classify --threshold`):
    /// 0, every ranked label is listed and no prediction is ``PredictionStatus/uncertain``.
    public static let defaultThreshold = 0.0

    /// The chosen label.
    public var label: String
    /// Its probability.
    public var probability: Double
    /// The top labels, most probable first (the chosen label first; with a threshold, only the
    /// labels that reach it, and the chosen label always).
    public var ranked: [LabelProbability]
    /// Whether the prediction rests on known terms.
    public var status: PredictionStatus
    /// The fraction of the document's term occurrences the model knows (0 when it has none).
    public var coverage: Double

    /// Creates a prediction.
    public init(label: String, probability: Double, ranked: [LabelProbability], status: PredictionStatus, coverage: Double) {
        self.label = label
        self.probability = probability
        self.ranked = ranked
        self.status = status
        self.coverage = coverage
    }
}
