/// Precision, recall and F1 of predicted keyphrases at one cut-off `k`.
public struct KeyphraseScore: Sendable, Hashable, Codable {
    /// Correct predictions divided by the predictions considered.
    public var precision: Double
    /// Correct predictions divided by the gold phrases.
    public var recall: Double
    /// The harmonic mean of precision and recall; 0 when both are 0.
    public var f1: Double

    /// A score with all three values given as they are, e.g. a mean of other scores.
    public init(precision: Double, recall: Double, f1: Double) {
        self.precision = precision
        self.recall = recall
        self.f1 = f1
    }

    /// A score whose F1 is derived from precision and recall.
    public init(precision: Double, recall: Double) {
        let sum = precision + recall
        self.init(precision: precision, recall: recall, f1: sum > 0 ? 2 * precision * recall / sum : 0)
    }
}
