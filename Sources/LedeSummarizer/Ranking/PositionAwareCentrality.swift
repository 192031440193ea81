/// Position-aware sentence centrality (PacSum, Zheng & Lapata 2019), made aware of how much of
/// the article the summary will hold.
///
/// PacSum treats the similarity graph as directed: sentence `i`'s centrality is
/// `λ₁ · Σ_{j<i} eᵢⱼ + λ₂ · Σ_{j>i} eᵢⱼ`, where an edge `eᵢⱼ` is the similarity less
/// `min + β · (max − min)` of the article's similarities (negative values become 0). With `λ₁ < 0`
/// a sentence that repeats earlier ones loses and one that later sentences elaborate gains, which
/// is how news is written: the lead states, the rest develops.
///
/// News readers' summaries are a few sentences of a long story; extractive references such as
/// BBC News Summary's hold 40% of the article, where plain (undirected) centrality is right. So
/// `λ₁` moves with the summary's coverage `c = k / n` (summary sentences over candidate
/// sentences): it is ``SummarizerOptions/earlierSentenceWeight`` up to
/// ``SummarizerOptions/leadCoverage``, 1 (undirected degree centrality) from
/// ``SummarizerOptions/centralCoverage`` on, and linear between; `λ₂` is 1. The lead prior
/// ``SummarizerOptions/positionPrior`` fades the same way: `positionPrior · (1 − t) · (1 − p / n)`
/// times the largest absolute centrality is added to the p-th of n sentences, where `t` runs
/// from 0 to 1 across the coverage band.
struct PositionAwareCentrality {
    let earlierWeight: Double
    let relativeThreshold: Double
    let leadCoverage: Double
    let centralCoverage: Double
    let positionPrior: Double

    /// How far the coverage is across the band: 0 for lead-aware, 1 for undirected.
    func blend(coverage: Double) -> Double {
        if coverage <= leadCoverage { return 0 }
        if coverage >= centralCoverage { return 1 }
        return (coverage - leadCoverage) / (centralCoverage - leadCoverage)
    }

    /// Scores of the sentences of `graph` (a symmetric similarity matrix, zero diagonal) for a
    /// summary covering `coverage` of them, shifted so the lowest is 0.
    func scores(of graph: DenseMatrix, coverage: Double) -> [Double] {
        let n = graph.rows
        guard n > 1 else { return [Double](repeating: 1, count: n) }
        var smallest = Float.infinity
        var largest = -Float.infinity
        for i in 0..<n {
            for j in 0..<n where i != j {
                smallest = min(smallest, graph[i, j])
                largest = max(largest, graph[i, j])
            }
        }
        let cut = relativeThreshold > 0 ? Double(smallest) + relativeThreshold * Double(largest - smallest) : 0
        let t = blend(coverage: coverage)
        let earlier = earlierWeight + (1 - earlierWeight) * t
        var scores = [Double](repeating: 0, count: n)
        graph.elements.withUnsafeBufferPointer { elements in
            for i in 0..<n {
                var before = 0.0
                var after = 0.0
                for j in 0..<n where j != i {
                    let edge = max(Double(elements[i * n + j]) - cut, 0)
                    if j < i { before += edge } else { after += edge }
                }
                scores[i] = earlier * before + after
            }
        }
        let prior = positionPrior * (1 - t)
        if prior > 0 {
            let scale = scores.map(abs).max() ?? 0
            let unit = scale > 0 ? scale : 1
            for i in 0..<n { scores[i] += prior * (1 - Double(i) / Double(n)) * unit }
        }
        let lowest = scores.min() ?? 0
        return scores.map { $0 - lowest }
    }
}
