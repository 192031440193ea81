/// The scoring weights derived from ``ClassCounts`` and ``ClassifierOptions`` — the one place
/// where counts become log-probabilities. A document's class scores are `bias + x · W` where `x`
/// is its TF-IDF row over the selected features and `W` is features × classes (row-major, so
/// BLAS can add a scaled row per stored entry). Only selected features get rows: a vocabulary
/// kept whole for exact updates may be several times larger than the feature set.
public struct NaiveBayesWeights: Sendable, Equatable {
    /// Per-class additive term (log prior for multinomial NB; zero for complement NB).
    public let bias: [Float]
    /// Features × classes.
    public let weights: DenseMatrix
    /// Which vocabulary terms are features (rows of `weights`), and the feature of each term.
    public let features: FeatureSelection
    /// The idf of each feature.
    public let idf: [Float]

    /// The number of selected features.
    public var featureCount: Int { features.count }

    /// Derives weights from counts, spreading the logarithms over `threads` threads (the result
    /// does not depend on it).
    public init(counts: ClassCounts, options: ClassifierOptions, threads: Int = ParallelWork.defaultThreadCount) {
        let vocabulary = counts.vocabulary
        let classes = counts.labels.count
        let features = options.features
        let (selection, idf) = Self.featureIndex(of: vocabulary, options: features)
        let featureCount = selection.count

        // Each feature's per-class numerators are derived twice, once for the class totals and
        // once for the weights, from the term-major view of the sparse sums: cheaper than a
        // features × classes table of doubles, which on a large vocabulary is the peak of training.
        let byTerm = counts.termSums.byTerm(termCount: vocabulary.count, threads: threads)
        let alpha = options.alpha
        let complement = options.variant == .complement
        let numerators = FeatureNumerators(
            offsets: byTerm.offsets, classes: byTerm.classes, sums: byTerm.sums,
            features: selection, idf: idf, classCount: classes, complement: complement)
        var bias = [Float](repeating: 0, count: classes)
        // The smoothed probability of feature f in class c is (numerator + alpha) / totals[c].
        // The numerators are summed in blocks of features of a fixed size on all threads, then
        // the blocks' sums in order: the same totals whatever the thread count.
        let blockSize = 1 << 14
        let blockCount = (featureCount + blockSize - 1) / blockSize
        let blockSums = ParallelWork.map(count: blockCount, threads: featureCount * classes >= 1 << 16 ? threads : 1) { block in
            var sums = [Double](repeating: 0, count: classes)
            var row = [Double](repeating: 0, count: classes)
            row.withUnsafeMutableBufferPointer { row in
                for f in (block * blockSize)..<min(featureCount, (block + 1) * blockSize) {
                    numerators.fill(feature: f, into: row)
                    for c in 0..<classes { sums[c] += row[c] }
                }
            }
            return sums
        }
        var denominators = [Double](repeating: alpha * Double(featureCount), count: classes)
        for sums in blockSums {
            for c in 0..<classes { denominators[c] += sums[c] }
        }
        let sign: Float
        if complement {
            // A term frequent in the other classes is evidence against this one.
            sign = -1
            if classes == 1 {
                bias = Self.logPriors(counts: counts, priors: options.priors).map(Float.init)
            }
        } else {
            sign = 1
            bias = Self.logPriors(counts: counts, priors: options.priors).map(Float.init)
        }
        let logTotals = denominators.map { log($0) }
        let parts = featureCount * classes >= 1 << 16 ? max(1, threads) : 1
        let ranges = ParallelWork.ranges(total: featureCount, parts: parts)
        // Every element is written below, by the thread that owns its rows; the array is not
        // zero-filled first, which on a large vocabulary faulted its pages in on one thread.
        let elements = [Float](unsafeUninitializedCapacity: featureCount * classes) { elements, initialized in
            _ = ParallelWork.map(count: ranges.count, threads: parts) { part in
                var row = [Double](repeating: 0, count: classes)
                row.withUnsafeMutableBufferPointer { row in
                    for f in ranges[part] {
                        let absent = numerators.fill(feature: f, into: row)
                        // Most features occur in few classes, and every class without the feature
                        // has the same numerator: its logarithm is taken once per feature.
                        let logAbsent = log(absent + alpha)
                        for c in 0..<classes {
                            let logNumerator = row[c] == absent ? logAbsent : log(row[c] + alpha)
                            elements[f * classes + c] = sign * Float(logNumerator - logTotals[c])
                        }
                    }
                }
            }
            initialized = featureCount * classes
        }
        var matrix = DenseMatrix(rows: featureCount, columns: classes, elements: elements)
        if options.normalizeWeights && options.variant == .complement {
            var absoluteSums = [Double](repeating: 0, count: classes)
            for f in 0..<featureCount {
                for c in 0..<classes { absoluteSums[c] += Double(abs(matrix.elements[f * classes + c])) }
            }
            let scale = absoluteSums.map { $0 > 0 ? Float(1 / $0) : 1 }
            for index in matrix.elements.indices { matrix.elements[index] *= scale[index % classes] }
        }
        self.bias = bias
        weights = matrix
        self.features = selection
        self.idf = idf
    }

    /// The vocabulary ids the feature options select (document-frequency limits, then the most
    /// frequent `maxFeatures`), ascending.
    static func selectedFeatures(of vocabulary: Vocabulary, options features: VectorizerOptions) -> [Int32] {
        var featureTerms: [Int32] = []
        if features.maxFeatures != nil {
            let selected = vocabulary.selection(
                minDocumentFrequency: features.minDocumentFrequency,
                maxDocumentFrequency: features.maxDocumentFrequency, maxFeatures: features.maxFeatures)
            for term in selected.indices where selected[term] { featureTerms.append(Int32(term)) }
        } else {
            let low = features.minDocumentFrequency.threshold(documentCount: vocabulary.documentCount)
            let high = features.maxDocumentFrequency.threshold(documentCount: vocabulary.documentCount)
            vocabulary.documentFrequencies.withUnsafeBufferPointer { frequencies in
                for term in frequencies.indices {
                    let df = Double(frequencies[term])
                    if df >= low && df <= high { featureTerms.append(Int32(term)) }
                }
            }
        }
        return featureTerms
    }

    /// The weights of `counts` under `options` with the scoring part — `bias` and the features ×
    /// classes `weights` — taken from an earlier derivation instead of being derived again (model
    /// files store it, so that loading skips hundreds of thousands of logarithms). Feature
    /// selection and idf are derived as usual; `nil` when the stored shapes do not fit them.
    init?(counts: ClassCounts, options: ClassifierOptions, storedBias bias: [Float], storedWeights weights: DenseMatrix) {
        let vocabulary = counts.vocabulary
        let (selection, idf) = Self.featureIndex(of: vocabulary, options: options.features)
        guard bias.count == counts.labels.count, weights.columns == bias.count, weights.rows == selection.count else {
            return nil
        }
        self.bias = bias
        self.weights = weights
        self.features = selection
        self.idf = idf
    }

    /// The selected features and each feature's idf: the part of the weights both derivation
    /// and stored weights need.
    private static func featureIndex(
        of vocabulary: Vocabulary, options: VectorizerOptions
    ) -> (selection: FeatureSelection, idf: [Float]) {
        let featureTerms = selectedFeatures(of: vocabulary, options: options)
        let selection = FeatureSelection(terms: featureTerms, vocabularyCount: vocabulary.count)
        return (selection, idf(of: featureTerms, in: vocabulary, kind: options.tfidf.idf))
    }

    /// The idf of each feature. Many terms share a document frequency, so each distinct one is
    /// computed once (a logarithm per term was a tenth of loading a model).
    static func idf(of featureTerms: [Int32], in vocabulary: Vocabulary, kind: InverseDocumentFrequency) -> [Float] {
        let frequencies = vocabulary.documentFrequencies
        let weight = { (df: Int) in Float(kind.weight(documentFrequency: df, documentCount: vocabulary.documentCount)) }
        let largest = featureTerms.lazy.map { frequencies[Int($0)] }.max() ?? 0
        guard largest < 1 << 20 else { return featureTerms.map { weight(frequencies[Int($0)]) } }
        var known = [Float](repeating: .nan, count: largest + 1)
        return featureTerms.map { term in
            let df = frequencies[Int(term)]
            if known[df].isNaN { known[df] = weight(df) }
            return known[df]
        }
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

/// The per-class numerators of one feature: class term sums × the feature's idf (multinomial),
/// or for complement NB the sum over all *other* classes. Summation runs over classes in
/// ascending order from zero, as a dense features × classes table would be summed.
private struct FeatureNumerators {
    let offsets: [Int]
    let classes: [UInt32]
    /// Class term sums in ``FixedPointWeight`` units.
    let sums: [Int64]
    let features: FeatureSelection
    let idf: [Float]
    let classCount: Int
    let complement: Bool

    /// Writes feature `f`'s numerator for every class into `row` and returns the numerator of
    /// the classes whose documents never hold the feature (0, or for complement naive Bayes the
    /// feature's sum over all classes).
    @inline(__always)
    @discardableResult
    func fill(feature f: Int, into row: UnsafeMutableBufferPointer<Double>) -> Double {
        for c in 0..<classCount { row[c] = 0 }
        let term = features.term(ofFeature: f)
        let weight = Double(idf[f])
        for entry in offsets[term]..<offsets[term + 1] { row[Int(classes[entry])] = FixedPointWeight.value(sums[entry]) * weight }
        guard complement else { return 0 }
        var all: Double = 0
        for c in 0..<classCount { all += row[c] }
        for c in 0..<classCount { row[c] = all - row[c] }
        return all
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
