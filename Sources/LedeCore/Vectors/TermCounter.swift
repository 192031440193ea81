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
    /// (deterministic, but not sorted by column) for callers that do not need sorted rows.
    public func countAdding(_ documents: [String], to vocabulary: inout Vocabulary, sortingRows: Bool) -> SparseMatrix {
        let chunks = ParallelWork.ranges(total: documents.count, parts: threads)
        let partials = ParallelWork.map(count: chunks.count, threads: threads) { chunk in
            countWithLocalDictionary(documents[chunks[chunk]])
        }
        var matrix = SparseMatrix(columnCount: 0)
        for (index, partial) in partials.enumerated() {
            var counts = partial.counts
            if index == 0 && vocabulary.count == 0 {
                // The first chunk's first-seen order is the vocabulary's: adopt its table as is.
                vocabulary.adopt(partial.terms)
                vocabulary.record(documentCount: counts.rowCount, frequencies: partial.frequencies, totals: partial.totals, mapping: nil)
            } else {
                let mapping = merge(partial.terms, into: &vocabulary)
                vocabulary.record(documentCount: counts.rowCount, frequencies: partial.frequencies, totals: partial.totals, mapping: mapping)
                mapping.withUnsafeBufferPointer { mapping in
                    counts.columnIndices.withUnsafeMutableBufferPointer { columns in
                        for entry in columns.indices { columns[entry] = mapping[Int(columns[entry])] }
                    }
                }
            }
            counts.columnCount = vocabulary.count
            matrix.columnCount = vocabulary.count
            if index == 0 { matrix = counts } else { matrix.appendRows(of: counts) }
        }
        matrix.columnCount = vocabulary.count
        if sortingRows { matrix.sortColumnsWithinRows() }
        return matrix
    }

    /// Vocabulary ids for every key of `terms`, inserting the unseen ones in `terms`' order.
    /// Known keys are looked up on all threads first; only the new ones are inserted serially.
    private func merge(_ terms: ByteStringTable, into vocabulary: inout Vocabulary) -> [Int32] {
        var mapping = [Int32](repeating: -1, count: terms.count)
        let parts = terms.count >= 1 << 14 ? threads : 1
        let ranges = ParallelWork.ranges(total: terms.count, parts: parts)
        let known = vocabulary.terms
        mapping.withUnsafeMutableBufferPointer { mapping in
            _ = ParallelWork.map(count: ranges.count, threads: parts) { part in
                for local in ranges[part] {
                    if let id = terms.withBytes(of: local, { known.id(of: $0) }) { mapping[local] = Int32(id) }
                }
            }
        }
        for local in 0..<terms.count where mapping[local] < 0 {
            mapping[local] = Int32(terms.withBytes(of: local) { vocabulary.insert($0) })
        }
        return mapping
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

    private func countWithLocalDictionary(
        _ documents: ArraySlice<String>
    ) -> (terms: ByteStringTable, counts: SparseMatrix, frequencies: [Int], totals: [Int]) {
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
        var frequencies = [Int](repeating: 0, count: table.count)
        var totals = [Int](repeating: 0, count: table.count)
        for entry in 0..<counts.storedCount {
            let column = Int(counts.columnIndices[entry])
            frequencies[column] += 1
            totals[column] += Int(counts.values[entry])
        }
        return (table, counts, frequencies, totals)
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
