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

    /// Fits the vocabulary and idf on `documents`, as ``fitTransform(_:)`` does, without building
    /// their TF-IDF rows. Throws ``LedeError/emptyVocabulary(documentCount:reason:)`` when no term
    /// survives.
    public mutating func fit(_ documents: [String]) throws {
        try options.tokenizer.validate()
        let counter = TermCounter(tokenizer: Tokenizer(options: options.tokenizer), threads: threads)
        var seen = Vocabulary()
        counter.addStatistics(of: documents, to: &seen)
        _ = try adoptPruned(seen, documentCount: documents.count)
    }

    /// Fits the vocabulary and idf on `documents` and returns their TF-IDF rows.
    /// Throws ``LedeError/emptyVocabulary(documentCount:reason:)`` when no term survives.
    public mutating func fitTransform(_ documents: [String]) throws -> SparseMatrix {
        try options.tokenizer.validate()
        let counter = TermCounter(tokenizer: Tokenizer(options: options.tokenizer), threads: threads)
        var seen = Vocabulary()
        var counts = counter.countAdding(documents, to: &seen, sortingRows: false)
        let mapping = try adoptPruned(seen, documentCount: documents.count)
        counts = counts.remappingColumns(mapping, columnCount: vocabulary.count, threads: threads)
        TfidfWeighting.apply(options.tfidf, idf: idf, to: &counts, threads: threads)
        return counts
    }

    /// Prunes `seen` by the options' document-frequency and feature limits, makes the result the
    /// vocabulary with its idf, and returns the id mapping (old id → new id or -1).
    private mutating func adoptPruned(_ seen: Vocabulary, documentCount: Int) throws -> [Int32] {
        let (pruned, mapping) = seen.pruned(
            minDocumentFrequency: options.minDocumentFrequency,
            maxDocumentFrequency: options.maxDocumentFrequency,
            maxFeatures: options.maxFeatures)
        guard pruned.count > 0 else {
            throw LedeError.emptyVocabulary(
                documentCount: documentCount,
                reason: seen.count == 0
                    ? "the documents hold no words of at least \(options.tokenizer.minimumLength) letters or digits that are not stop words"
                    : "all \(seen.count) terms fall outside the document-frequency limits")
        }
        vocabulary = pruned
        idf = TfidfWeighting.idf(of: pruned, kind: options.tfidf.idf)
        return mapping
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
        let last = columns.count - 1
        for entry in entries {
            // A large vocabulary's idf does not fit in cache: fetch the entry a few steps ahead.
            Prefetch.line(at: idf.baseAddress! + Int(columns[min(entry + Prefetch.entriesAhead, last)]))
            let weight = options.termWeight(values[entry]) * idf[Int(columns[entry])]
            values[entry] = weight
            total += options.norm.contribution(of: Double(weight))
        }
        guard options.norm != .none else { return }
        let length = options.norm.length(ofTotal: total)
        guard length > 0 else { return }
        let scale = 1 / length
        for entry in entries { values[entry] = Float(Double(values[entry]) * scale) }
    }
}

extension SparseMatrix {
    /// Renames column `c` to `mapping[c]` in place; every mapped id must be a valid column, and
    /// rows are not re-sorted.
    package mutating func renameColumns(_ mapping: [Int32]) {
        mapping.withUnsafeBufferPointer { mapping in
            columnIndices.withUnsafeMutableBufferPointer { columns in
                for entry in columns.indices { columns[entry] = mapping[Int(columns[entry])] }
            }
        }
    }

    /// The matrix with column `c` renamed `mapping[c]`; entries mapped to -1 are dropped and rows
    /// come out sorted by column. Each row is renamed and sorted on its own (a row's few hundred
    /// entries stay in cache, where a counting sort over all entries scattered its writes over
    /// the whole matrix); large matrices are split into row ranges worked on `threads` threads,
    /// and the result does not depend on it.
    public func remappingColumns(_ mapping: [Int32], columnCount newCount: Int, threads: Int = 1) -> SparseMatrix {
        let parts = storedCount >= 1 << 16 ? threads : 1
        let ranges = ParallelWork.ranges(total: rowCount, parts: parts)
        let rowOffsets = rowOffsets
        var rowStarts = [Int](repeating: 0, count: rowCount + 1)
        mapping.withUnsafeBufferPointer { mapping in
            columnIndices.withUnsafeBufferPointer { oldColumns in
                rowStarts.withUnsafeMutableBufferPointer { rowStarts in
                    _ = ParallelWork.map(count: ranges.count, threads: parts) { part in
                        for row in ranges[part] {
                            var kept = 0
                            for entry in rowOffsets[row]..<rowOffsets[row + 1] where mapping[Int(oldColumns[entry])] >= 0 {
                                kept += 1
                            }
                            rowStarts[row + 1] = kept
                        }
                    }
                    for row in 0..<rowCount { rowStarts[row + 1] += rowStarts[row] }
                }
            }
        }
        let kept = rowStarts[rowCount]
        var columns = [Int32](repeating: 0, count: kept)
        var newValues = [Float](repeating: 0, count: kept)
        mapping.withUnsafeBufferPointer { mapping in
            columnIndices.withUnsafeBufferPointer { oldColumns in
                values.withUnsafeBufferPointer { oldValues in
                    columns.withUnsafeMutableBufferPointer { columns in
                        newValues.withUnsafeMutableBufferPointer { newValues in
                            _ = ParallelWork.map(count: ranges.count, threads: parts) { part in
                                for row in ranges[part] {
                                    var position = rowStarts[row]
                                    for entry in rowOffsets[row]..<rowOffsets[row + 1] {
                                        let mapped = mapping[Int(oldColumns[entry])]
                                        guard mapped >= 0 else { continue }
                                        columns[position] = mapped
                                        newValues[position] = oldValues[entry]
                                        position += 1
                                    }
                                }
                                SparseMatrix.sortRows(ranges[part], rowStarts, columns, newValues)
                            }
                        }
                    }
                }
            }
        }
        return SparseMatrix(columnCount: newCount, rowOffsets: rowStarts, columnIndices: columns, values: newValues)
    }
}
