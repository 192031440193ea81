/// Builds the TextRank graph of one article: an `n × n` matrix of sentence similarities with a
/// zero diagonal and edges below the threshold removed. Every measure is a matrix product over
/// the article's own vocabulary, so the work is BLAS `ssyrk`/`sgemm` on a dense block.
enum SimilarityGraph {
    /// BM25's term-frequency saturation.
    private static let k1: Float = 1.2
    /// BM25's length normalisation.
    private static let b: Float = 0.75

    /// The similarity matrix of `vectors` under `measure`, with edges weaker than `threshold` dropped.
    static func matrix(_ vectors: SentenceVectors, measure: SentenceSimilarity, threshold: Double) -> DenseMatrix {
        var graph: DenseMatrix
        switch measure {
        case .cosine: graph = BLAS.gram(vectors.unitRows)
        case .overlap: graph = overlap(vectors)
        case .bm25: graph = bm25(vectors)
        }
        let n = graph.rows
        let threshold = Float(threshold)
        graph.elements.withUnsafeMutableBufferPointer { elements in
            for i in 0..<n {
                for j in 0..<n where i == j || !(elements[i * n + j] > threshold) || !elements[i * n + j].isFinite {
                    elements[i * n + j] = 0
                }
            }
        }
        return graph
    }

    /// Mihalcea & Tarau: distinct shared terms / (ln |Sᵢ| + ln |Sⱼ|).
    private static func overlap(_ vectors: SentenceVectors) -> DenseMatrix {
        var presence = vectors.counts
        for entry in 0..<presence.storedCount { presence.values[entry] = 1 }
        var shared = BLAS.gram(presence.denseBlock(rows: 0..<presence.rowCount).matrix)
        let logLengths = vectors.termCounts.map { $0 > 0 ? Float(log(Double($0))) : 0 }
        let n = shared.rows
        for i in 0..<n {
            for j in 0..<n {
                let denominator = logLengths[i] + logLengths[j]
                shared[i, j] = denominator > 0 ? shared[i, j] / denominator : 0
            }
        }
        return shared
    }

    /// Okapi BM25 in both directions, averaged and scaled to a maximum of 1.
    private static func bm25(_ vectors: SentenceVectors) -> DenseMatrix {
        let n = vectors.count
        let width = vectors.vocabulary.count
        guard n > 0, width > 0 else { return DenseMatrix(rows: n, columns: n) }
        let averageLength = Float(vectors.termCounts.reduce(0, +)) / Float(n)
        // Lucene's idf, always positive: ln(1 + (N − df + 0.5) / (df + 0.5)) over the sentences.
        let frequencies = vectors.vocabulary.documentFrequencies
        let idf = frequencies.map { df in Float(log(1 + (Double(n - df) + 0.5) / (Double(df) + 0.5))) }
        var queries = DenseMatrix(rows: n, columns: width)
        var documents = DenseMatrix(rows: n, columns: width)
        let counts = vectors.counts
        for row in 0..<n {
            let lengthNorm = k1 * (1 - b + b * Float(vectors.termCounts[row]) / max(averageLength, 1))
            for entry in counts.entries(ofRow: row) {
                let column = Int(counts.columnIndices[entry])
                let tf = counts.values[entry]
                queries[row, column] = 1
                documents[row, column] = idf[column] * tf * (k1 + 1) / (tf + lengthNorm)
            }
        }
        var scores = BLAS.product(queries, documents, transposeB: true)
        var largest: Float = 0
        for i in 0..<n {
            for j in i..<n {
                let mean = (scores[i, j] + scores[j, i]) / 2
                scores[i, j] = mean
                scores[j, i] = mean
                if i != j { largest = max(largest, mean) }
            }
        }
        if largest > 0 { BLAS.scal(1 / largest, &scores.elements) }
        return scores
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
