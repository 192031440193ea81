/// Precision, recall and F1 of one ROUGE variant for one candidate against one reference.
public struct RougeScore: Sendable, Hashable, Codable {
    /// The share of the candidate's units (n-grams, or tokens for ROUGE-L) found in the reference.
    public var precision: Double
    /// The share of the reference's units found in the candidate.
    public var recall: Double
    /// The harmonic mean of precision and recall; 0 when both are 0.
    public var f1: Double

    /// A score with all three values given as they are, e.g. a mean of other scores.
    public init(precision: Double, recall: Double, f1: Double) {
        self.precision = precision
        self.recall = recall
        self.f1 = f1
    }

    /// A score whose F1 is derived from precision and recall exactly as `rouge-score` derives it.
    public init(precision: Double, recall: Double) {
        let sum = precision + recall
        self.init(precision: precision, recall: recall, f1: sum > 0 ? 2 * precision * recall / sum : 0)
    }

    /// All three values 0: what `rouge-score` reports when there is nothing to compare.
    public static let zero = RougeScore(precision: 0, recall: 0, f1: 0)
}
