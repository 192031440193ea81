/// Counting for per-article work: the sentences of one article are a few dozen short texts, and
/// the corpus path (a 16k-slot dictionary per thread chunk, then a merge) costs more than the
/// counting itself. This path uses one dictionary sized for the input, on the calling thread.
extension TermCounter {
    /// Counts `documents` into a new vocabulary on the calling thread. The result equals
    /// `countAdding(documents, to: &empty)`: term ids in first-seen order, columns sorted
    /// within rows, and document frequencies and totals recorded in the vocabulary.
    ///
    /// ```swift
    /// let (counts, vocabulary) = TermCounter(tokenizer: tokenizer).countSmall(sentences)
    /// ```
    public func countSmall(_ documents: [String]) -> (counts: SparseMatrix, vocabulary: Vocabulary) {
        let bytes = documents.reduce(0) { $0 + $1.utf8.count }
        var table = ByteStringTable(capacity: max(16, bytes / 6))
        var counts = SparseMatrix(columnCount: 0)
        counts.rowOffsets.reserveCapacity(documents.count + 1)
        var rowCounts: [Int32] = []
        var touched: [Int32] = []
        var documentFrequencies: [Int] = []
        var termTotals: [Int] = []
        for document in documents {
            tokenizer.forEachTerm(in: document) { term in
                let id = table.insert(term).id
                if id >= rowCounts.count {
                    rowCounts.append(0)
                    documentFrequencies.append(0)
                    termTotals.append(0)
                }
                if rowCounts[id] == 0 { touched.append(Int32(id)) }
                rowCounts[id] += 1
            }
            touched.sort()
            for id in touched {
                let column = Int(id)
                counts.columnIndices.append(id)
                counts.values.append(Float(rowCounts[column]))
                documentFrequencies[column] += 1
                termTotals[column] += Int(rowCounts[column])
                rowCounts[column] = 0
            }
            counts.rowOffsets.append(counts.columnIndices.count)
            touched.removeAll(keepingCapacity: true)
        }
        counts.columnCount = table.count
        let vocabulary = Vocabulary(
            terms: table, documentFrequencies: documentFrequencies, termTotals: termTotals,
            documentCount: documents.count)
        return (counts, vocabulary)
    }
}
