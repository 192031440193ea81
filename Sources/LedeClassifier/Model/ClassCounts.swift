/// What a naive-Bayes model learns, kept as counts so that training, updating and merging are
/// all "add counts" (and forgetting trained documents takes them away again): documents per
/// class, per-class sums of document term weights (before idf), and the vocabulary's document
/// frequencies and document total. Log-probabilities are derived from these in one place,
/// ``NaiveBayesWeights``.
///
/// A document contributes `w(tf) / ‖w(tf)‖` per term, where `w` is the raw or sublinear term
/// weight and the norm is the options' (`l2` by default, `l1`, or none: raw weights), rounded once
/// to a fixed-point integer (``FixedPointWeight``); idf, which depends on the whole corpus, is
/// applied when weights are derived. Integer sums and a vocabulary in byte order
/// (``canonicalize(threads:)``) are what make `update`, `merge` and `forget` exact: the same
/// data gives the same values whatever the order, split or merge tree.
public struct ClassCounts: Sendable, Equatable {
    /// Class labels, sorted (byte order), so that models built in any order agree.
    public private(set) var labels: [String]
    /// Training documents per class, parallel to ``labels``.
    public private(set) var documentsPerClass: [Int]
    /// Per-class sums of normalised term weights, for vocabulary ids (stored sparsely).
    public private(set) var termSums: ClassTermSums
    /// Every term ever seen, with document frequencies and the document total.
    public private(set) var vocabulary: Vocabulary

    /// An empty model.
    public init() {
        labels = []
        documentsPerClass = []
        termSums = ClassTermSums()
        vocabulary = Vocabulary()
    }

    /// A model from stored parts given as a dense classes × vocabulary table; shapes must agree.
    public init(labels: [String], documentsPerClass: [Int], termSums: [[Double]], vocabulary: Vocabulary) throws {
        guard termSums.allSatisfy({ $0.count == vocabulary.count }) else {
            throw LedeError.invalidOption("class counts have inconsistent shapes")
        }
        try self.init(labels: labels, documentsPerClass: documentsPerClass, termSums: ClassTermSums(dense: termSums),
                      vocabulary: vocabulary)
    }

    /// A model from stored parts (model files); shapes must agree and term ids be in range.
    public init(labels: [String], documentsPerClass: [Int], termSums: ClassTermSums, vocabulary: Vocabulary) throws {
        guard labels.count == documentsPerClass.count, labels.count == termSums.classCount,
              termSums.terms.allSatisfy({ ($0.last.map { Int($0) } ?? -1) < vocabulary.count }),
              labels == labels.sorted(by: Self.precedes)
        else { throw LedeError.invalidOption("class counts have inconsistent shapes") }
        self.labels = labels
        self.documentsPerClass = documentsPerClass
        self.termSums = termSums
        self.vocabulary = vocabulary
    }

    /// The total number of training documents.
    public var documentCount: Int { documentsPerClass.reduce(0, +) }

    /// Adds labelled documents (texts with their labels), growing the vocabulary and the label
    /// set as needed. `features` must be the options the model was created with. New terms take
    /// the next ids; ``canonicalize(threads:)`` puts them in byte order afterwards. Throws
    /// ``ClassTermSums/Problem/overflow`` when a sum would pass 2³¹ weights (the counts are then
    /// partly changed and should be discarded; they are changed in place so that a large
    /// vocabulary is never copied).
    public mutating func add(texts: [String], labels documentLabels: [String], features: VectorizerOptions,
                             threads: Int = ParallelWork.defaultThreadCount) throws(ClassTermSums.Problem) {
        precondition(texts.count == documentLabels.count)
        let counter = TermCounter(tokenizer: Tokenizer(options: features.tokenizer), threads: threads)
        // Row order does not matter here: each row's entries are summed into distinct terms.
        // The rows stay in the parts the threads counted them in; `partOfRow[row]` and
        // `rowInPart[row]` find each document's.
        // A new model's terms are numbered in byte order as they are counted, before their sums
        // are made, so that ``canonicalize(threads:)`` has nothing left to renumber.
        let counted = counter.countAddingInParts(texts, to: &vocabulary, sortingRows: false, inTermOrder: true)
        var partOfRow: [Int32] = []
        var rowInPart: [Int32] = []
        partOfRow.reserveCapacity(texts.count)
        rowInPart.reserveCapacity(texts.count)
        for (part, matrix) in counted.enumerated() {
            for row in 0..<matrix.rowCount {
                partOfRow.append(Int32(part))
                rowInPart.append(Int32(row))
            }
        }
        for label in Set(documentLabels).sorted(by: Self.precedes) { _ = ensureLabel(label) }
        let classIndex = Dictionary(uniqueKeysWithValues: labels.enumerated().map { ($1, $0) })
        var rowsOfClass = [[Int]](repeating: [], count: labels.count)
        for (row, label) in documentLabels.enumerated() { rowsOfClass[classIndex[label]!].append(row) }
        for c in labels.indices { documentsPerClass[c] += rowsOfClass[c].count }
        let tfidf = features.tfidf
        // One class at a time: its documents' units summed in a dense accumulator, then added
        // to the stored sums. Integer sums: the order of documents and classes does not matter.
        let vocabularySize = vocabulary.count
        let touchedClasses = labels.indices.filter { !rowsOfClass[$0].isEmpty }
        let parts = min(threads, touchedClasses.count)
        let ranges = ParallelWork.ranges(total: touchedClasses.count, parts: parts)
        let added = ParallelWork.map(count: ranges.count, threads: parts) { part -> [ClassUnits]? in
            var accumulator = [Int64](repeating: 0, count: vocabularySize)
            var result: [ClassUnits] = []
            return accumulator.withUnsafeMutableBufferPointer { sums -> [ClassUnits]? in
                for c in ranges[part].map({ touchedClasses[$0] }) {
                    var touched: [UInt32] = []
                    for row in rowsOfClass[c] {
                        guard Self.accumulate(
                            row: Int(rowInPart[row]), of: counted[Int(partOfRow[row])], tfidf: tfidf, subtracting: false,
                            into: sums, touched: &touched)
                        else { return nil }
                    }
                    result.append(ClassUnits(class: c, collecting: &touched, from: sums))
                }
                return result
            }
        }
        for part in added {
            guard let part else { throw .overflow }
            for change in part { try termSums.add(toClass: change.class, ids: change.ids, units: change.units) }
        }
    }

    /// One class's change to its sums: strictly ascending term ids and their units.
    struct ClassUnits {
        /// The class changed.
        var `class`: Int
        /// The term ids, strictly ascending.
        var ids: [UInt32]
        /// The units added (negative: taken away), parallel to ``ids``.
        var units: [Int64]

        /// The non-zero entries of `dense` at the `touched` ids (in any order, repeats allowed),
        /// zeroing them in `dense` and emptying `touched`.
        init(class c: Int, collecting touched: inout [UInt32], from dense: UnsafeMutableBufferPointer<Int64>) {
            self.class = c
            ids = []
            units = []
            ids.reserveCapacity(touched.count)
            units.reserveCapacity(touched.count)
            if touched.count * 16 >= dense.count {
                // Most of the accumulator touched: one pass over it costs less than a sort.
                for id in dense.indices where dense[id] != 0 {
                    ids.append(UInt32(id))
                    units.append(dense[id])
                    dense[id] = 0
                }
            } else {
                ClassTermSums.sortIDs(&touched, termCount: dense.count)
                var previous: UInt32? = nil
                for id in touched where id != previous {
                    previous = id
                    let value = dense[Int(id)]
                    dense[Int(id)] = 0
                    if value != 0 {
                        ids.append(id)
                        units.append(value)
                    }
                }
            }
            touched.removeAll(keepingCapacity: true)
        }
    }

    /// Adds one counted document's normalised term weights, `w(tf) / ‖w(tf)‖` per term, each
    /// rounded once to ``FixedPointWeight`` units, into `sums` (indexed by vocabulary id) — or,
    /// `subtracting`, takes the same units away — and appends to `touched` every id whose sum
    /// was zero before. A document with no terms adds nothing. Returns `false` when a sum
    /// overflows.
    ///
    /// The norm is summed in an order fixed by the document alone (by term count, see
    /// ``normLength(ofRow:of:tfidf:)``), so each document's units depend on its text, never on the
    /// ids its terms happen to have.
    @inline(__always)
    static func accumulate(
        row: Int, of counts: SparseMatrix, tfidf: TfidfOptions, subtracting: Bool,
        into sums: UnsafeMutableBufferPointer<Int64>, touched: inout [UInt32]
    ) -> Bool {
        let entries = counts.entries(ofRow: row)
        let length = normLength(ofRow: row, of: counts, tfidf: tfidf)
        guard length > 0 else { return true }
        let scale = 1 / length
        let ahead = Prefetch.entriesAhead
        var overflow = false
        for entry in entries {
            // The accumulator is as long as the vocabulary: fetch a later entry's sum early.
            if entry + ahead < entries.upperBound {
                Prefetch.line(at: sums.baseAddress! + Int(counts.columnIndices[entry + ahead]))
            }
            let term = Int(counts.columnIndices[entry])
            let units = FixedPointWeight.units(Double(tfidf.termWeight(counts.values[entry])) * scale)
            if sums[term] == 0 { touched.append(UInt32(term)) }
            let (sum, overflowed) = sums[term].addingReportingOverflow(subtracting ? -units : units)
            sums[term] = sum
            overflow = overflow || overflowed
        }
        return !overflow
    }

    /// The norm of one counted document's term weights (1 without a norm). Weights depend only
    /// on a term's count, so the norm's total is summed count by count, ascending — the same
    /// double for the same document however its entries are ordered.
    @inline(__always)
    static func normLength(ofRow row: Int, of counts: SparseMatrix, tfidf: TfidfOptions) -> Double {
        guard tfidf.norm != .none else { return 1 }
        let entries = counts.entries(ofRow: row)
        // Entries per count below `smallCounts`; larger counts, rare, are sorted.
        let smallCounts = 16
        var perCount = (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var large: [Float] = []
        withUnsafeMutableBytes(of: &perCount) { raw in
            let tally = raw.bindMemory(to: Int.self)
            for entry in entries {
                let count = counts.values[entry]
                if count < Float(smallCounts) { tally[Int(count)] += 1 } else { large.append(count) }
            }
        }
        var total: Double = 0
        withUnsafeBytes(of: &perCount) { raw in
            let tally = raw.bindMemory(to: Int.self)
            for count in 1..<smallCounts where tally[count] > 0 {
                total += Double(tally[count]) * tfidf.norm.contribution(of: Double(tfidf.termWeight(Float(count))))
            }
        }
        large.sort()
        for count in large { total += tfidf.norm.contribution(of: Double(tfidf.termWeight(count))) }
        return tfidf.norm.length(ofTotal: total)
    }

    /// Adds everything `other` learned; the sums equal those of training on both models' data.
    /// New terms take the next ids; ``canonicalize(threads:)`` puts them in byte order.
    /// Throws like ``add(texts:labels:features:threads:)`` when a sum would overflow.
    public mutating func merge(_ other: ClassCounts) throws(ClassTermSums.Problem) {
        let mapping = vocabulary.merge(other.vocabulary)
        for (otherClass, label) in other.labels.enumerated() {
            let c = ensureLabel(label)
            documentsPerClass[c] += other.documentsPerClass[otherClass]
            let ids = other.termSums.terms[otherClass]
            let units = other.termSums.values[otherClass]
            let order = ids.indices.sorted { mapping[Int(ids[$0])] < mapping[Int(ids[$1])] }
            try termSums.add(
                toClass: c, ids: order.map { UInt32(mapping[Int(ids[$0])]) }, units: order.map { units[$0] })
        }
    }

    /// Renumbers the vocabulary in byte order of the terms (``Vocabulary/inTermOrder(threads:)``),
    /// with the sums following their terms: the canonical form, in which equal counts are equal
    /// values however the data was split, merged or ordered. Nothing changes when already so.
    public mutating func canonicalize(threads: Int = ParallelWork.defaultThreadCount) {
        guard let (sorted, order) = vocabulary.inTermOrder(threads: threads) else { return }
        termSums = termSums.renumbered(order: order, threads: threads)
        vocabulary = sorted
    }

    /// The index of `label`, inserting it (in sorted position) if new.
    private mutating func ensureLabel(_ label: String) -> Int {
        var low = 0
        var high = labels.count
        while low < high {
            let middle = (low + high) / 2
            if labels[middle] == label { return middle }
            if Self.precedes(labels[middle], label) { low = middle + 1 } else { high = middle }
        }
        labels.insert(label, at: low)
        documentsPerClass.insert(0, at: low)
        termSums.insertClass(at: low)
        return low
    }

    /// Byte order of UTF-8, independent of locale.
    static func precedes(_ a: String, _ b: String) -> Bool {
        a.utf8.lexicographicallyPrecedes(b.utf8)
    }
}
