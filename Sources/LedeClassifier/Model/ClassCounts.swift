/// What a naive-Bayes model learns, kept as counts so that training, updating and merging are
/// all "add counts" (and forgetting trained documents takes them away again): documents per
/// class, per-class sums of document term weights (before idf), and the vocabulary's document
/// frequencies and document total. Log-probabilities are derived from these in one place,
/// ``NaiveBayesWeights``.
///
/// A document contributes `w(tf) / ‖w(tf)‖` per term, where `w` is the raw or sublinear term
/// weight and the norm is the options' (`l2` by default, `l1`, or none: raw weights); idf, which
/// depends on the whole corpus, is applied when weights are derived. That ordering is what makes
/// `update` and `merge` exact.
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
    /// set as needed. `features` must be the options the model was created with.
    public mutating func add(texts: [String], labels documentLabels: [String], features: VectorizerOptions,
                             threads: Int = ParallelWork.defaultThreadCount) {
        precondition(texts.count == documentLabels.count)
        let counter = TermCounter(tokenizer: Tokenizer(options: features.tokenizer), threads: threads)
        // Row order does not matter here: each row's entries are summed into distinct terms.
        // The rows stay in the parts the threads counted them in; `partOfRow[row]` and
        // `rowInPart[row]` find each document's.
        let counted = counter.countAddingInParts(texts, to: &vocabulary, sortingRows: false)
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
        // One class at a time through a dense accumulator, each class's documents in input
        // order: every sum is built in the same order as a dense table would build it.
        let vocabularySize = vocabulary.count
        let touchedClasses = labels.indices.filter { !rowsOfClass[$0].isEmpty }
        let parts = min(threads, touchedClasses.count)
        let ranges = ParallelWork.ranges(total: touchedClasses.count, parts: parts)
        let current = termSums
        let updated = ParallelWork.map(count: ranges.count, threads: parts) { part -> [(Int, ClassTermSums)] in
            var accumulator = [Double](repeating: 0, count: vocabularySize)
            var result: [(Int, ClassTermSums)] = []
            accumulator.withUnsafeMutableBufferPointer { sums in
                for c in ranges[part].map({ touchedClasses[$0] }) {
                    current.scatterClass(c, into: sums)
                    for row in rowsOfClass[c] {
                        Self.accumulate(
                            row: Int(rowInPart[row]), of: counted[Int(partOfRow[row])], tfidf: tfidf, subtracting: false,
                            into: sums)
                    }
                    var single = ClassTermSums()
                    single.insertClass(at: 0)
                    single.setClass(0, fromDense: UnsafeBufferPointer(sums))
                    result.append((c, single))
                    for index in sums.indices { sums[index] = 0 }
                }
            }
            return result
        }
        for part in updated {
            for (c, single) in part { termSums.replaceClass(c, with: single) }
        }
    }

    /// Adds one counted document's normalised term weights, `w(tf) / ‖w(tf)‖` per term, into
    /// `sums` (indexed by vocabulary id) — or, `subtracting`, takes them away. A document with no
    /// terms adds nothing.
    @inline(__always)
    static func accumulate(
        row: Int, of counts: SparseMatrix, tfidf: TfidfOptions, subtracting: Bool,
        into sums: UnsafeMutableBufferPointer<Double>
    ) {
        let entries = counts.entries(ofRow: row)
        var total: Double = 0
        for entry in entries {
            total += tfidf.norm.contribution(of: Double(tfidf.termWeight(counts.values[entry])))
        }
        let length = tfidf.norm.length(ofTotal: total)
        guard length > 0 else { return }
        // Negating the scale negates each product exactly: subtracting takes away the very
        // values adding added.
        let scale = (subtracting ? -1 : 1) / length
        let ahead = Prefetch.entriesAhead
        for entry in entries {
            // The accumulator is as long as the vocabulary: fetch a later entry's sum early.
            if entry + ahead < entries.upperBound {
                Prefetch.line(at: sums.baseAddress! + Int(counts.columnIndices[entry + ahead]))
            }
            sums[Int(counts.columnIndices[entry])] += Double(tfidf.termWeight(counts.values[entry])) * scale
        }
    }

    /// Adds everything `other` learned; the result equals training on both models' data.
    public mutating func merge(_ other: ClassCounts) {
        let mapping = vocabulary.merge(other.vocabulary)
        var accumulator = [Double](repeating: 0, count: vocabulary.count)
        accumulator.withUnsafeMutableBufferPointer { sums in
            for (otherClass, label) in other.labels.enumerated() {
                let c = ensureLabel(label)
                documentsPerClass[c] += other.documentsPerClass[otherClass]
                termSums.scatterClass(c, into: sums)
                let ids = other.termSums.terms[otherClass]
                let values = other.termSums.values[otherClass]
                for index in ids.indices { sums[Int(mapping[Int(ids[index])])] += values[index] }
                termSums.setClass(c, fromDense: UnsafeBufferPointer(sums))
                for index in sums.indices { sums[index] = 0 }
            }
        }
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
