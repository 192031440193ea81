/// Counts the terms of documents into a sparse document × term matrix, on every core.
/// Documents are split into contiguous chunks; each chunk is tokenised on its own thread into a
/// chunk-local dictionary, and the chunks are merged in document order, so term ids (first-seen
/// order) and counts are identical for any number of threads.
public struct TermCounter: Sendable {
    /// The tokenizer that turns each document into terms.
    public let tokenizer: Tokenizer
    /// Worker threads; results do not depend on it.
    public var threads: Int

    /// Creates a counter using `tokenizer` on `threads` threads.
    public init(tokenizer: Tokenizer, threads: Int = ParallelWork.defaultThreadCount) {
        self.tokenizer = tokenizer
        self.threads = threads
    }

    /// Counts `documents`, adding their unseen terms to `vocabulary` and their statistics to its
    /// document frequencies and totals. Returns counts whose columns are `vocabulary` ids.
    public func countAdding(_ documents: [String], to vocabulary: inout Vocabulary) -> SparseMatrix {
        countAdding(documents, to: &vocabulary, sortingRows: true)
    }

    /// ``countAdding(_:to:)``, optionally leaving each row's entries in first-occurrence order
    /// for callers that re-sort after remapping columns anyway.
    func countAdding(_ documents: [String], to vocabulary: inout Vocabulary, sortingRows: Bool) -> SparseMatrix {
        let chunks = ParallelWork.ranges(total: documents.count, parts: threads)
        let partials = ParallelWork.map(count: chunks.count, threads: threads) { chunk in
            countWithLocalDictionary(documents[chunks[chunk]])
        }
        var matrix = SparseMatrix(columnCount: 0)
        for partial in partials {
            var mapping = [Int32](repeating: 0, count: partial.terms.count)
            for local in 0..<partial.terms.count {
                mapping[local] = Int32(partial.terms.withBytes(of: local) { vocabulary.insert($0) })
            }
            var counts = partial.counts
            for entry in 0..<counts.columnIndices.count {
                counts.columnIndices[entry] = mapping[Int(counts.columnIndices[entry])]
            }
            counts.columnCount = vocabulary.count
            matrix.columnCount = vocabulary.count
            matrix.appendRows(of: counts)
        }
        matrix.columnCount = vocabulary.count
        if sortingRows { matrix.sortColumnsWithinRows() }
        vocabulary.record(matrix)
        return matrix
    }

    /// Counts only the terms `vocabulary` knows (others are ignored); the vocabulary is unchanged.
    public func count(_ documents: [String], in vocabulary: Vocabulary) -> SparseMatrix {
        countKnown(documents, in: vocabulary).matrix
    }

    /// Counts known terms and also reports, per document, how many term occurrences it had in
    /// all (known or not), so callers can tell an all-unknown document from an empty one.
    public func countKnown(_ documents: [String], in vocabulary: Vocabulary) -> (matrix: SparseMatrix, termOccurrences: [Int]) {
        let chunks = ParallelWork.ranges(total: documents.count, parts: threads)
        let partials = ParallelWork.map(count: chunks.count, threads: threads) { chunk in
            countWithFixedDictionary(documents[chunks[chunk]], vocabulary.terms)
        }
        var matrix = SparseMatrix(columnCount: vocabulary.count)
        var occurrences: [Int] = []
        occurrences.reserveCapacity(documents.count)
        for partial in partials {
            matrix.appendRows(of: partial.counts)
            occurrences.append(contentsOf: partial.occurrences)
        }
        return (matrix, occurrences)
    }

    private func countWithLocalDictionary(_ documents: ArraySlice<String>) -> (terms: ByteStringTable, counts: SparseMatrix) {
        var table = ByteStringTable(capacity: 1 << 14)
        var accumulator = RowAccumulator()
        var counts = SparseMatrix(columnCount: 0)
        counts.rowOffsets.reserveCapacity(documents.count + 1)
        for document in documents {
            tokenizer.forEachTerm(in: document) { term in
                accumulator.add(table.insert(term).id)
            }
            accumulator.flush(into: &counts)
        }
        counts.columnCount = table.count
        return (table, counts)
    }

    private func countWithFixedDictionary(
        _ documents: ArraySlice<String>, _ table: ByteStringTable
    ) -> (counts: SparseMatrix, occurrences: [Int]) {
        var accumulator = RowAccumulator()
        var counts = SparseMatrix(columnCount: table.count)
        var occurrences: [Int] = []
        occurrences.reserveCapacity(documents.count)
        for document in documents {
            var total = 0
            tokenizer.forEachTerm(in: document) { term in
                total += 1
                if let id = table.id(of: term) { accumulator.add(id) }
            }
            occurrences.append(total)
            accumulator.flush(into: &counts, sorted: true)
        }
        return (counts, occurrences)
    }
}

/// Accumulates one document's term counts over a growing id space, then appends them as a row.
private struct RowAccumulator {
    private var counts: [Int32] = []
    private var touched: [Int32] = []

    @inline(__always)
    mutating func add(_ id: Int) {
        if id >= counts.count {
            counts.append(contentsOf: repeatElement(0, count: max(id + 1 - counts.count, counts.count)))
        }
        if counts[id] == 0 { touched.append(Int32(id)) }
        counts[id] += 1
    }

    mutating func flush(into matrix: inout SparseMatrix, sorted: Bool = false) {
        if sorted { touched.sort() }
        for id in touched {
            matrix.columnIndices.append(id)
            matrix.values.append(Float(counts[Int(id)]))
            counts[Int(id)] = 0
        }
        matrix.rowOffsets.append(matrix.columnIndices.count)
        touched.removeAll(keepingCapacity: true)
    }
}
