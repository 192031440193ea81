/// TF-IDF vectorisation with scikit-learn's `TfidfVectorizer` semantics: fit a sorted, pruned
/// vocabulary and idf weights on a corpus, then transform documents into l2-normalised CSR rows.
///
/// ```swift
/// var vectorizer = TfidfVectorizer(options: .init())
/// let train = try vectorizer.fitTransform(trainTexts)
/// let test = vectorizer.transform(testTexts)
/// ```
public struct TfidfVectorizer: Sendable {
    /// The options in force.
    public let options: VectorizerOptions
    /// The fitted vocabulary (sorted, pruned); empty before fitting.
    public private(set) var vocabulary = Vocabulary()
    /// The idf weight of each vocabulary term.
    public private(set) var idf: [Float] = []
    /// Worker threads; results do not depend on it.
    public var threads: Int = ParallelWork.defaultThreadCount

    /// Creates an unfitted vectorizer.
    public init(options: VectorizerOptions = .init()) {
        self.options = options
    }

    /// Fits the vocabulary and idf on `documents` and returns their TF-IDF rows.
    /// Throws ``LedeError/emptyVocabulary(documentCount:reason:)`` when no term survives.
    public mutating func fitTransform(_ documents: [String]) throws -> SparseMatrix {
        try options.tokenizer.validate()
        let counter = TermCounter(tokenizer: Tokenizer(options: options.tokenizer), threads: threads)
        var seen = Vocabulary()
        var counts = counter.countAdding(documents, to: &seen, sortingRows: false)
        let (pruned, mapping) = seen.pruned(
            minDocumentFrequency: options.minDocumentFrequency,
            maxDocumentFrequency: options.maxDocumentFrequency,
            maxFeatures: options.maxFeatures)
        guard pruned.count > 0 else {
            throw LedeError.emptyVocabulary(
                documentCount: documents.count,
                reason: seen.count == 0
                    ? "the documents hold no words of at least \(options.tokenizer.minimumLength) letters or digits that are not stop words"
                    : "all \(seen.count) terms fall outside the document-frequency limits")
        }
        counts = counts.remappingColumns(mapping, columnCount: pruned.count)
        vocabulary = pruned
        idf = TfidfWeighting.idf(of: pruned, kind: options.tfidf.idf)
        TfidfWeighting.apply(options.tfidf, idf: idf, to: &counts, threads: threads)
        return counts
    }

    /// The TF-IDF rows of `documents` over the fitted vocabulary; unknown terms are ignored.
    public func transform(_ documents: [String]) -> SparseMatrix {
        let counter = TermCounter(tokenizer: Tokenizer(options: options.tokenizer), threads: threads)
        var counts = counter.count(documents, in: vocabulary)
        TfidfWeighting.apply(options.tfidf, idf: idf, to: &counts, threads: threads)
        return counts
    }
}

/// The TF-IDF arithmetic on count matrices, shared by the vectorizer, the classifier and the
/// summariser so that weighting is defined once.
public enum TfidfWeighting {
    /// The idf of every term of `vocabulary`.
    public static func idf(of vocabulary: Vocabulary, kind: InverseDocumentFrequency) -> [Float] {
        vocabulary.documentFrequencies.map {
            Float(kind.weight(documentFrequency: $0, documentCount: vocabulary.documentCount))
        }
    }

    /// Turns the counts in `matrix` into weights: term weight × idf of its column, then the row
    /// norm (the same arithmetic as ``SparseMatrix/normalizeRows(_:)``). Large matrices are split
    /// into row ranges worked on `threads` threads; the result does not depend on it.
    public static func apply(
        _ options: TfidfOptions, idf: [Float], to matrix: inout SparseMatrix, threads: Int = ParallelWork.defaultThreadCount
    ) {
        precondition(idf.count >= matrix.columnCount || matrix.storedCount == 0)
        let parts = matrix.storedCount >= 1 << 16 ? threads : 1
        let ranges = ParallelWork.ranges(total: matrix.rowCount, parts: parts)
        let rowOffsets = matrix.rowOffsets
        let columns = matrix.columnIndices
        idf.withUnsafeBufferPointer { idf in
            columns.withUnsafeBufferPointer { columns in
                matrix.values.withUnsafeMutableBufferPointer { values in
                    _ = ParallelWork.map(count: ranges.count, threads: parts) { part in
                        for row in ranges[part] {
                            weighRow(rowOffsets[row]..<rowOffsets[row + 1], options, idf, columns, values)
                        }
                    }
                }
            }
        }
    }

    @inline(__always)
    private static func weighRow(
        _ entries: Range<Int>, _ options: TfidfOptions, _ idf: UnsafeBufferPointer<Float>,
        _ columns: UnsafeBufferPointer<Int32>, _ values: UnsafeMutableBufferPointer<Float>
    ) {
        var total: Double = 0
        for entry in entries {
            let weight = options.termWeight(values[entry]) * idf[Int(columns[entry])]
            values[entry] = weight
            let value = Double(weight)
            total += options.norm == .l2 ? value * value : abs(value)
        }
        guard options.norm != .none else { return }
        if options.norm == .l2 { total = total.squareRoot() }
        guard total > 0 else { return }
        let scale = 1 / total
        for entry in entries { values[entry] = Float(Double(values[entry]) * scale) }
    }
}

extension SparseMatrix {
    /// Renames column `c` to `mapping[c]` in place; every mapped id must be a valid column, and
    /// rows are not re-sorted.
    mutating func renameColumns(_ mapping: [Int32]) {
        mapping.withUnsafeBufferPointer { mapping in
            columnIndices.withUnsafeMutableBufferPointer { columns in
                for entry in columns.indices { columns[entry] = mapping[Int(columns[entry])] }
            }
        }
    }

    /// The matrix with column `c` renamed `mapping[c]`; entries mapped to -1 are dropped and rows
    /// come out sorted by column. Instead of sorting each row, the entries are bucketed by new
    /// column and then back by row (two counting sorts, linear in the entries): walking the
    /// columns in order leaves every row's entries in column order.
    public func remappingColumns(_ mapping: [Int32], columnCount newCount: Int) -> SparseMatrix {
        var columnStarts = [Int](repeating: 0, count: newCount + 1)
        var rowStarts = [Int](repeating: 0, count: rowCount + 1)
        var columns: [Int32] = []
        var newValues: [Float] = []
        mapping.withUnsafeBufferPointer { mapping in
            columnIndices.withUnsafeBufferPointer { oldColumns in
                values.withUnsafeBufferPointer { oldValues in
                    for entry in oldColumns.indices {
                        let mapped = mapping[Int(oldColumns[entry])]
                        if mapped >= 0 { columnStarts[Int(mapped) + 1] += 1 }
                    }
                    for column in 0..<newCount { columnStarts[column + 1] += columnStarts[column] }
                    let kept = columnStarts[newCount]
                    // Pass 1: (row, value) of each kept entry, grouped by new column, rows ascending.
                    var next = columnStarts
                    var rowOfEntry = [Int32](repeating: 0, count: kept)
                    var valueOfEntry = [Float](repeating: 0, count: kept)
                    for row in 0..<rowCount {
                        for entry in rowOffsets[row]..<rowOffsets[row + 1] {
                            let mapped = Int(mapping[Int(oldColumns[entry])])
                            guard mapped >= 0 else { continue }
                            rowOfEntry[next[mapped]] = Int32(row)
                            valueOfEntry[next[mapped]] = oldValues[entry]
                            next[mapped] += 1
                        }
                    }
                    // Pass 2: back to rows; columns are visited in order, so rows come out sorted.
                    for row in rowOfEntry { rowStarts[Int(row) + 1] += 1 }
                    for row in 0..<rowCount { rowStarts[row + 1] += rowStarts[row] }
                    var nextInRow = rowStarts
                    columns = [Int32](repeating: 0, count: kept)
                    newValues = [Float](repeating: 0, count: kept)
                    for column in 0..<newCount {
                        for position in columnStarts[column]..<columnStarts[column + 1] {
                            let row = Int(rowOfEntry[position])
                            columns[nextInRow[row]] = Int32(column)
                            newValues[nextInRow[row]] = valueOfEntry[position]
                            nextInRow[row] += 1
                        }
                    }
                }
            }
        }
        return SparseMatrix(columnCount: newCount, rowOffsets: rowStarts, columnIndices: columns, values: newValues)
    }
}
