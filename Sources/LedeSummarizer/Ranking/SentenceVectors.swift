/// The sentences of one article as term statistics over the article's own vocabulary: raw
/// counts, TF-IDF rows and the idf used, plus each sentence's number of terms. Built once per
/// article and shared by the similarity measures and the title bias.
struct SentenceVectors {
    /// Term counts, one row per sentence; columns are ids in ``vocabulary``.
    let counts: SparseMatrix
    /// The article's own vocabulary (terms of the ranked sentences only).
    let vocabulary: Vocabulary
    /// The idf of each column, from the article's sentences or from the background corpus.
    let idf: [Float]
    /// TF-IDF rows with unit length, as a dense block over the article's vocabulary.
    let unitRows: DenseMatrix
    /// The number of term occurrences in each sentence.
    let termCounts: [Int]
    private let tokenizer: Tokenizer
    private let tfidf: TfidfOptions

    /// Counts and weights `sentences`. With `background`, a term's idf comes from its document
    /// frequency there (terms the background never saw count as occurring in no document).
    init(sentences: [String], tokenizer: Tokenizer, tfidf: TfidfOptions, background: Vocabulary?) {
        let (counts, vocabulary) = TermCounter(tokenizer: tokenizer, threads: 1).countSmall(sentences)
        var idf: [Float]
        if let background {
            idf = (0..<vocabulary.count).map { id in
                let df = background.id(of: vocabulary.term(id)).map { background.documentFrequencies[$0] } ?? 0
                return Float(tfidf.idf.weight(documentFrequency: df, documentCount: background.documentCount))
            }
        } else {
            idf = TfidfWeighting.idf(of: vocabulary, kind: tfidf.idf)
        }
        var weighted = counts
        TfidfWeighting.apply(tfidf, idf: idf, to: &weighted, threads: 1)
        self.counts = counts
        self.vocabulary = vocabulary
        self.idf = idf
        // Every term of the article's vocabulary occurs in some sentence, so the dense block over
        // it is the rows written out in place (what `denseBlock` computes with a sort and a map).
        var unitRows = DenseMatrix(rows: weighted.rowCount, columns: vocabulary.count)
        var termCounts = [Int](repeating: 0, count: counts.rowCount)
        let width = vocabulary.count
        unitRows.elements.withUnsafeMutableBufferPointer { elements in
            for row in 0..<weighted.rowCount {
                var total = 0
                for entry in weighted.entries(ofRow: row) {
                    elements[row * width + Int(weighted.columnIndices[entry])] = weighted.values[entry]
                    total += Int(counts.values[entry])
                }
                termCounts[row] = total
            }
        }
        self.unitRows = unitRows
        self.termCounts = termCounts
        self.tokenizer = tokenizer
        self.tfidf = tfidf
    }

    /// The number of sentences.
    var count: Int { counts.rowCount }

    /// The TF-IDF cosine of `text` (weighted with this article's idf; unknown terms ignored)
    /// with every sentence.
    func cosine(with text: String) -> [Float] {
        var row = TermCounter(tokenizer: tokenizer, threads: 1).count([text], in: vocabulary)
        TfidfWeighting.apply(tfidf, idf: idf, to: &row, threads: 1)
        var dense = [Float](repeating: 0, count: vocabulary.count)
        for entry in 0..<row.storedCount { dense[Int(row.columnIndices[entry])] = row.values[entry] }
        var result = [Float](repeating: 0, count: count)
        guard vocabulary.count > 0 else { return result }
        BLAS.gemv(unitRows, dense, into: &result)
        return result
    }
}
