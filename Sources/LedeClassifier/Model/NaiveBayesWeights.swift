/// The scoring weights derived from ``ClassCounts`` and ``ClassifierOptions`` — the one place
/// where counts become log-probabilities. A document's class scores are
/// `bias + x · W` where `x` is its TF-IDF row over the selected features and `W` is
/// features × classes (row-major, so BLAS can add a scaled row per stored entry).
public struct NaiveBayesWeights: Sendable {
    /// Per-class additive term (log prior for multinomial NB; zero for complement NB).
    public let bias: [Float]
    /// Vocabulary size × classes; rows of unselected features are zero.
    public let weights: DenseMatrix
    /// The idf of every vocabulary term.
    public let idf: [Float]
    /// Whether each vocabulary term is a feature (document-frequency limits and the feature cap).
    public let selected: [Bool]
    /// The number of selected features.
    public let featureCount: Int

    /// Derives weights from counts.
    public init(counts: ClassCounts, options: ClassifierOptions) {
        let vocabulary = counts.vocabulary
        let classes = counts.labels.count
        let terms = vocabulary.count
        let features = options.features
        let selected = vocabulary.selection(
            minDocumentFrequency: features.minDocumentFrequency,
            maxDocumentFrequency: features.maxDocumentFrequency,
            maxFeatures: features.maxFeatures)
        let featureCount = selected.lazy.filter { $0 }.count
        let idf = TfidfWeighting.idf(of: vocabulary, kind: features.tfidf.idf)

        // Class-by-term weighted counts over the selected features, in Double for stable sums.
        var weighted = [[Double]](repeating: [], count: classes)
        for c in 0..<classes {
            let sums = counts.termSums[c]
            weighted[c] = (0..<terms).map { selected[$0] ? sums[$0] * Double(idf[$0]) : 0 }
        }
        let alpha = options.alpha
        let smoothing = alpha * Double(featureCount)
        var matrix = DenseMatrix(rows: terms, columns: classes)
        var bias = [Float](repeating: 0, count: classes)
        switch options.variant {
        case .multinomial:
            let priors = Self.logPriors(counts: counts, priors: options.priors)
            for c in 0..<classes {
                let total = weighted[c].reduce(0, +) + smoothing
                for t in 0..<terms where selected[t] {
                    matrix[t, c] = Float(log((weighted[c][t] + alpha) / total))
                }
                bias[c] = Float(priors[c])
            }
        case .complement:
            var all = [Double](repeating: 0, count: terms)
            for c in 0..<classes { for t in 0..<terms { all[t] += weighted[c][t] } }
            for c in 0..<classes {
                var complement = [Double](repeating: 0, count: terms)
                var total = smoothing
                for t in 0..<terms where selected[t] {
                    complement[t] = all[t] - weighted[c][t]
                    total += complement[t]
                }
                var logs = [Double](repeating: 0, count: terms)
                var absoluteSum: Double = 0
                for t in 0..<terms where selected[t] {
                    logs[t] = log((complement[t] + alpha) / total)
                    absoluteSum += abs(logs[t])
                }
                for t in 0..<terms where selected[t] {
                    // A term frequent in the other classes is evidence against this one.
                    matrix[t, c] = Float(options.normalizeWeights ? -logs[t] / absoluteSum : -logs[t])
                }
            }
            if classes == 1 {
                bias = Self.logPriors(counts: counts, priors: options.priors).map(Float.init)
            }
        }
        self.bias = bias
        weights = matrix
        self.idf = idf
        self.selected = selected
        self.featureCount = featureCount
    }

    /// Log class priors for `priors`.
    static func logPriors(counts: ClassCounts, priors: ClassPriors) -> [Double] {
        let classes = counts.labels.count
        let raw: [Double]
        switch priors {
        case .learned: raw = counts.documentsPerClass.map(Double.init)
        case .uniform: raw = Array(repeating: 1, count: classes)
        case .given(let given):
            let floor = given.values.min() ?? 1
            raw = counts.labels.map { given[$0] ?? floor }
        }
        let total = raw.reduce(0, +)
        return raw.map { log($0 / total) }
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
