/// What a probability threshold does on labelled data: how many documents it still answers
/// (their chosen label's probability reaches it) and how often those answers are right — the
/// figures for choosing `lede classify --threshold`, where the rest would be held back as
/// ``PredictionStatus/uncertain``.
public struct ThresholdOutcome: Sendable, Hashable, Codable {
    /// The probability the chosen label must reach.
    public var threshold: Double
    /// The documents answered: known terms, and a chosen label that reaches the threshold.
    public var answered: Int
    /// `answered` over all documents scored (0 when there are none).
    public var answeredFraction: Double
    /// Of the answered documents, the fraction whose label is right (0 when none is answered).
    public var accuracy: Double
    /// Right labels held back: documents labelled correctly whose probability falls short.
    public var correctHeldBack: Int

    /// The outcome of each of `thresholds` for `predictions` (made without a threshold) against
    /// the `expected` labels, in the order given.
    public static func sweep(
        expected: [String], predictions: [TopicPrediction], thresholds: [Double]
    ) -> [ThresholdOutcome] {
        precondition(expected.count == predictions.count)
        return thresholds.map { threshold in
            var answered = 0
            var answeredRight = 0
            var heldBackRight = 0
            for (truth, prediction) in zip(expected, predictions) {
                let right = prediction.label == truth
                if prediction.status == .ok && prediction.probability >= threshold {
                    answered += 1
                    if right { answeredRight += 1 }
                } else if right {
                    heldBackRight += 1
                }
            }
            return ThresholdOutcome(
                threshold: threshold, answered: answered,
                answeredFraction: expected.isEmpty ? 0 : Double(answered) / Double(expected.count),
                accuracy: answered == 0 ? 0 : Double(answeredRight) / Double(answered),
                correctHeldBack: heldBackRight)
        }
    }
}
