/// Averages ROUGE scores over many documents: the plain mean of each precision, recall and F1,
/// as `rouge-score`'s aggregation reports it (its bootstrap "mid" estimates this same mean).
///
/// ```swift
/// var total = RougeAccumulator()
/// for (summary, reference) in pairs { total.add(scorer.score(candidate: summary, reference: reference)) }
/// print(total.mean.rouge2.f1)
/// ```
public struct RougeAccumulator: Sendable {
    private var sum = RougeScores(rouge1: .zero, rouge2: .zero, rougeL: .zero, rougeLsum: .zero)

    /// How many documents have been added.
    public private(set) var count = 0

    /// An empty accumulator.
    public init() {}

    /// Adds one document's scores.
    public mutating func add(_ s: RougeScores) {
        Self.accumulate(&sum.rouge1, s.rouge1)
        Self.accumulate(&sum.rouge2, s.rouge2)
        Self.accumulate(&sum.rougeL, s.rougeL)
        Self.accumulate(&sum.rougeLsum, s.rougeLsum)
        count += 1
    }

    /// The mean of every value over the documents added; all zeros before any are.
    public var mean: RougeScores {
        guard count > 0 else { return sum }
        let n = Double(count)
        func average(_ score: RougeScore) -> RougeScore {
            RougeScore(precision: score.precision / n, recall: score.recall / n, f1: score.f1 / n)
        }
        return RougeScores(
            rouge1: average(sum.rouge1), rouge2: average(sum.rouge2), rougeL: average(sum.rougeL),
            rougeLsum: average(sum.rougeLsum))
    }

    private static func accumulate(_ total: inout RougeScore, _ score: RougeScore) {
        total.precision += score.precision
        total.recall += score.recall
        total.f1 += score.f1
    }
}
