/// The shared term dictionary: terms ↔ ids, with each term's document frequency and total count
/// and the number of documents seen. Because it keeps counts rather than weights, it can be
/// extended with new documents (retraining) or merged with another vocabulary (sharded
/// training), and idf is always derived from it afresh.
public struct Vocabulary: Sendable, Equatable {
    /// The terms, by id.
    public private(set) var terms: ByteStringTable
    /// The number of documents each term occurs in, by id.
    public private(set) var documentFrequencies: [Int]
    /// The total number of occurrences of each term, by id.
    public private(set) var termTotals: [Int]
    /// The number of documents counted.
    public private(set) var documentCount: Int

    /// An empty vocabulary.
    public init() {
        terms = ByteStringTable()
        documentFrequencies = []
        termTotals = []
        documentCount = 0
    }

    /// A vocabulary from stored parts (used by model files); the arrays must have one entry per term.
    public init(terms: ByteStringTable, documentFrequencies: [Int], termTotals: [Int], documentCount: Int) {
        precondition(terms.count == documentFrequencies.count && terms.count == termTotals.count)
        self.terms = terms
        self.documentFrequencies = documentFrequencies
        self.termTotals = termTotals
        self.documentCount = documentCount
    }

    /// The number of terms.
    public var count: Int { terms.count }

    /// The id of `term`, if known.
    public func id(of term: String) -> Int? { terms.id(of: term) }

    /// The term with id `id`.
    public func term(_ id: Int) -> String { terms.string(of: id) }

    /// Adds `term` if absent and returns its id; its statistics start at zero.
    @discardableResult
    mutating func insert(_ term: UnsafeBufferPointer<UInt8>) -> Int {
        let (id, inserted) = terms.insert(term)
        if inserted {
            documentFrequencies.append(0)
            termTotals.append(0)
        }
        return id
    }

    /// Takes `table` as the terms of this empty vocabulary (ids unchanged), with zero statistics.
    mutating func adopt(_ table: ByteStringTable) {
        precondition(count == 0)
        terms = table
        documentFrequencies = Array(repeating: 0, count: table.count)
        termTotals = Array(repeating: 0, count: table.count)
    }

    /// Adds per-term statistics of `documentCount` documents given over another id space:
    /// `frequencies[i]` and `totals[i]` belong to this vocabulary's id `mapping[i]` (or `i` itself).
    mutating func record(documentCount documents: Int, frequencies: [Int], totals: [Int], mapping: [Int32]?) {
        documentCount += documents
        if let mapping {
            for index in frequencies.indices {
                documentFrequencies[Int(mapping[index])] += frequencies[index]
                termTotals[Int(mapping[index])] += totals[index]
            }
        } else {
            for index in frequencies.indices {
                documentFrequencies[index] += frequencies[index]
                termTotals[index] += totals[index]
            }
        }
    }

    /// Takes back the statistics of documents counted over this vocabulary's ids (the rows of
    /// `counts`, one per document, as ``TermCounter/count(_:in:)`` gives them): the inverse of
    /// counting them in. Terms stay, with whatever statistics are left. Returns `false` and
    /// changes nothing when a document frequency, a term total or the document count would fall
    /// below zero: then the documents were not all counted here.
    public mutating func subtractStatistics(of counts: SparseMatrix) -> Bool {
        guard counts.rowCount <= documentCount, counts.columnCount <= count else { return false }
        var frequencies = documentFrequencies
        var totals = termTotals
        for entry in 0..<counts.storedCount {
            let term = Int(counts.columnIndices[entry])
            frequencies[term] -= 1
            totals[term] -= Int(counts.values[entry])
            guard frequencies[term] >= 0, totals[term] >= 0 else { return false }
        }
        documentFrequencies = frequencies
        termTotals = totals
        documentCount -= counts.rowCount
        return true
    }

    /// Adds every term and statistic of `other` and returns, for each of `other`'s ids, its id here.
    @discardableResult
    public mutating func merge(_ other: Vocabulary) -> [Int32] {
        var mapping = [Int32](repeating: 0, count: other.count)
        for id in 0..<other.count {
            let mine = other.terms.withBytes(of: id) { insert($0) }
            mapping[id] = Int32(mine)
            documentFrequencies[mine] += other.documentFrequencies[id]
            termTotals[mine] += other.termTotals[id]
        }
        documentCount += other.documentCount
        return mapping
    }

    /// The terms kept by document-frequency limits and a feature cap, re-numbered in byte order
    /// of the terms (scikit-learn's sorted vocabulary). Returns the new vocabulary and, for each
    /// old id, its new id or -1 when dropped. With `maxFeatures`, the most frequent terms (by
    /// total count; ties by term order) are kept, as scikit-learn does.
    public func pruned(
        minDocumentFrequency: DocumentFrequencyLimit = .count(1),
        maxDocumentFrequency: DocumentFrequencyLimit = .fraction(1),
        maxFeatures: Int? = nil
    ) -> (vocabulary: Vocabulary, mapping: [Int32]) {
        let low = minDocumentFrequency.threshold(documentCount: documentCount)
        let high = maxDocumentFrequency.threshold(documentCount: documentCount)
        var kept = (0..<count).filter { id in
            let df = Double(documentFrequencies[id])
            return df >= low && df <= high
        }
        kept = terms.idsInKeyOrder(kept)
        if let maxFeatures, kept.count > maxFeatures {
            let ranked = kept.indices.sorted { a, b in
                let ta = termTotals[kept[a]]
                let tb = termTotals[kept[b]]
                return ta != tb ? ta > tb : a < b
            }
            kept = ranked.prefix(maxFeatures).sorted().map { kept[$0] }
        }
        var mapping = [Int32](repeating: -1, count: count)
        for (newID, id) in kept.enumerated() { mapping[id] = Int32(newID) }
        // The kept terms are distinct, so the new table is built in bulk, not by inserts.
        var starts = [Int](repeating: 0, count: kept.count + 1)
        var arena: [UInt8] = []
        for (newID, id) in kept.enumerated() {
            terms.withBytes(of: id) { arena.append(contentsOf: $0) }
            starts[newID + 1] = arena.count
        }
        let table = ByteStringTable(distinctKeysIn: arena, starts: starts, threads: ParallelWork.defaultThreadCount)!
        let result = Vocabulary(
            terms: table, documentFrequencies: kept.map { documentFrequencies[$0] },
            termTotals: kept.map { termTotals[$0] }, documentCount: documentCount)
        return (result, mapping)
    }
}

/// A document-frequency bound: an absolute number of documents or a fraction of them.
public enum DocumentFrequencyLimit: Sendable, Hashable, Codable {
    /// At least / at most this many documents.
    case count(Int)
    /// At least / at most this fraction (0...1) of the documents.
    case fraction(Double)

    /// The bound as a number of documents, for a corpus of `documentCount` documents.
    public func threshold(documentCount: Int) -> Double {
        switch self {
        case .count(let value): Double(value)
        case .fraction(let value): value * Double(documentCount)
        }
    }

    /// Parses `5` as a count and `0.5` as a fraction (the CLI's spelling).
    public init?(_ text: String) {
        if let value = Int(text) {
            self = .count(value)
        } else if let value = Double(text), value >= 0, value <= 1 {
            self = .fraction(value)
        } else {
            return nil
        }
    }
}

extension Vocabulary {
    /// Which terms ``pruned(minDocumentFrequency:maxDocumentFrequency:maxFeatures:)`` would keep,
    /// by id, without building the pruned vocabulary (no sort unless `maxFeatures` is set).
    public func selection(
        minDocumentFrequency: DocumentFrequencyLimit = .count(1),
        maxDocumentFrequency: DocumentFrequencyLimit = .fraction(1),
        maxFeatures: Int? = nil
    ) -> [Bool] {
        if maxFeatures != nil {
            return pruned(minDocumentFrequency: minDocumentFrequency, maxDocumentFrequency: maxDocumentFrequency,
                          maxFeatures: maxFeatures).mapping.map { $0 >= 0 }
        }
        let low = minDocumentFrequency.threshold(documentCount: documentCount)
        let high = maxDocumentFrequency.threshold(documentCount: documentCount)
        return documentFrequencies.map { Double($0) >= low && Double($0) <= high }
    }
}
