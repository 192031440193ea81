/// What a naive-Bayes model learns, kept as counts so that training, updating and merging are
/// all "add counts": documents per class, per-class sums of document term weights (before idf),
/// and the vocabulary's document frequencies and document total. Log-probabilities are derived
/// from these in one place, ``NaiveBayesWeights``.
///
/// A document contributes `w(tf) / ‖w(tf)‖₂` per term, where `w` is the raw or sublinear term
/// weight; idf, which depends on the whole corpus, is applied when weights are derived. That
/// ordering is what makes `update` and `merge` exact.
public struct ClassCounts: Sendable, Equatable {
    /// Class labels, sorted (byte order), so that models built in any order agree.
    public private(set) var labels: [String]
    /// Training documents per class, parallel to ``labels``.
    public private(set) var documentsPerClass: [Int]
    /// Per-class sums of normalised term weights: `termSums[c][t]` for vocabulary id `t`.
    public private(set) var termSums: [[Double]]
    /// Every term ever seen, with document frequencies and the document total.
    public private(set) var vocabulary: Vocabulary

    /// An empty model.
    public init() {
        labels = []
        documentsPerClass = []
        termSums = []
        vocabulary = Vocabulary()
    }

    /// A model from stored parts (model files); shapes must agree.
    public init(labels: [String], documentsPerClass: [Int], termSums: [[Double]], vocabulary: Vocabulary) throws {
        guard labels.count == documentsPerClass.count, labels.count == termSums.count,
              termSums.allSatisfy({ $0.count == vocabulary.count }), labels == labels.sorted(by: Self.precedes)
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
        let counts = counter.countAdding(texts, to: &vocabulary, sortingRows: false)
        for index in termSums.indices { termSums[index].append(contentsOf: repeatElement(0, count: vocabulary.count - termSums[index].count)) }
        for label in Set(documentLabels).sorted(by: Self.precedes) { _ = ensureLabel(label) }
        let classIndex = Dictionary(uniqueKeysWithValues: labels.enumerated().map { ($1, $0) })
        let classOf = documentLabels.map { classIndex[$0]! }
        let tfidf = features.tfidf
        for row in 0..<counts.rowCount {
            let entries = counts.entries(ofRow: row)
            var norm: Double = 0
            for entry in entries {
                let weight = Double(tfidf.termWeight(counts.values[entry]))
                norm += weight * weight
            }
            let c = classOf[row]
            documentsPerClass[c] += 1
            guard norm > 0 else { continue }
            let scale = 1 / norm.squareRoot()
            termSums[c].withUnsafeMutableBufferPointer { sums in
                for entry in entries {
                    sums[Int(counts.columnIndices[entry])] += Double(tfidf.termWeight(counts.values[entry])) * scale
                }
            }
        }
    }

    /// Adds everything `other` learned; the result equals training on both models' data.
    public mutating func merge(_ other: ClassCounts) {
        let mapping = vocabulary.merge(other.vocabulary)
        for index in termSums.indices { termSums[index].append(contentsOf: repeatElement(0, count: vocabulary.count - termSums[index].count)) }
        for (otherClass, label) in other.labels.enumerated() {
            let c = ensureLabel(label)
            documentsPerClass[c] += other.documentsPerClass[otherClass]
            let source = other.termSums[otherClass]
            termSums[c].withUnsafeMutableBufferPointer { sums in
                for (otherTerm, value) in source.enumerated() where value != 0 {
                    sums[Int(mapping[otherTerm])] += value
                }
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
        termSums.insert([Double](repeating: 0, count: vocabulary.count), at: low)
        return low
    }

    /// Byte order of UTF-8, independent of locale.
    static func precedes(_ a: String, _ b: String) -> Bool {
        a.utf8.lexicographicallyPrecedes(b.utf8)
    }
}
