/// Picks the summary from ranked sentences: the top of the ranking, or maximal marginal
/// relevance when a redundancy λ is set, until the requested length is reached.
struct SentenceSelection {
    /// Positions (into the ranked candidates) of the chosen sentences, in the order chosen.
    let chosen: [Int]

    /// - Parameters:
    ///   - scores: final score of each candidate.
    ///   - order: candidate positions, best first.
    ///   - wordCounts: words in each candidate (for a word budget).
    ///   - similarity: candidate × candidate similarity (for MMR).
    init(
        scores: [Double], order: [Int], wordCounts: [Int], similarity: DenseMatrix,
        length: SummaryLength, redundancyLambda: Double?
    ) {
        let n = order.count
        guard n > 0 else { chosen = []; return }
        let target = length.sentenceCount(candidates: n)
        var wordBudget: Int? = nil
        if case .words(let words) = length { wordBudget = words }

        var picked: [Int] = []
        var usedWords = 0
        var remaining = order
        var closest = [Double](repeating: 0, count: n)
        let top = max(scores.max() ?? 0, .leastNonzeroMagnitude)
        while !remaining.isEmpty {
            if let target, picked.count == target { break }
            var choice = 0
            if let lambda = redundancyLambda, !picked.isEmpty {
                var best = -Double.infinity
                for (offset, candidate) in remaining.enumerated() {
                    let value = lambda * scores[candidate] / top - (1 - lambda) * closest[candidate]
                    if value > best { best = value; choice = offset }
                }
            }
            let candidate = remaining.remove(at: choice)
            if let wordBudget, !picked.isEmpty, usedWords + wordCounts[candidate] > wordBudget { continue }
            picked.append(candidate)
            usedWords += wordCounts[candidate]
            if redundancyLambda != nil {
                for other in 0..<n { closest[other] = max(closest[other], Double(similarity[other, candidate])) }
            }
        }
        chosen = picked
    }
}
