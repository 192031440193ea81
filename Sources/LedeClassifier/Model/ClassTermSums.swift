/// Per-class sums of normalised term weights, stored sparsely: for each class, the vocabulary
/// ids it has a non-zero sum for (ascending) and those sums. A class sees a small part of a
/// vocabulary of unigrams and bigrams, so this is a fraction of the classes × vocabulary dense
/// table (on 20 Newsgroups with bigrams, tens of megabytes instead of about 190).
///
/// Every stored sum is a sum of positive contributions, so "stored" and "non-zero" coincide and
/// two equal models have equal storage (forgetting documents zeroes what rounding leaves of a
/// sum they alone made, to keep it so).
///
/// ```swift
/// let sums = ClassTermSums(dense: [[0, 1.5], [2, 0]])
/// sums.value(class: 0, term: 1) // 1.5
/// ```
public struct ClassTermSums: Sendable, Equatable {
    /// The term ids with a non-zero sum, ascending, per class.
    public private(set) var terms: [[UInt32]]
    /// The sums, parallel to ``terms``.
    public private(set) var values: [[Double]]

    /// No classes.
    public init() {
        terms = []
        values = []
    }

    /// The sums of a dense table `dense[c][t]` (zeros are not stored).
    public init(dense: [[Double]]) {
        terms = []
        values = []
        for row in dense {
            var ids: [UInt32] = []
            var sums: [Double] = []
            for (term, value) in row.enumerated() where value != 0 {
                ids.append(UInt32(term))
                sums.append(value)
            }
            terms.append(ids)
            values.append(sums)
        }
    }

    /// Sums given per class as ascending ids and non-zero values (model files); `nil` when a
    /// class's ids are not strictly ascending, the shapes differ or a value is zero.
    public init?(terms: [[UInt32]], values: [[Double]]) {
        guard terms.count == values.count else { return nil }
        for (ids, sums) in zip(terms, values) {
            guard ids.count == sums.count, !sums.contains(0) else { return nil }
            for index in ids.indices.dropFirst() where ids[index - 1] >= ids[index] { return nil }
        }
        self.terms = terms
        self.values = values
    }

    /// The number of classes.
    public var classCount: Int { terms.count }

    /// The sum of class `c` for term `term` (zero when not stored).
    public func value(class c: Int, term: Int) -> Double {
        let ids = terms[c]
        let key = UInt32(term)
        let position = Self.lowerBound(of: key, in: ids)
        return position < ids.count && ids[position] == key ? values[c][position] : 0
    }

    /// Inserts an empty class at position `c`.
    mutating func insertClass(at c: Int) {
        terms.insert([], at: c)
        values.insert([], at: c)
    }

    /// Removes class `c` (later classes move down one).
    mutating func removeClass(at c: Int) {
        terms.remove(at: c)
        values.remove(at: c)
    }

    /// Replaces class `c`'s sums with the non-zero entries of `dense` (one value per term id).
    mutating func setClass(_ c: Int, fromDense dense: UnsafeBufferPointer<Double>) {
        var ids: [UInt32] = []
        var sums: [Double] = []
        ids.reserveCapacity(terms[c].count)
        sums.reserveCapacity(terms[c].count)
        for term in dense.indices where dense[term] != 0 {
            ids.append(UInt32(term))
            sums.append(dense[term])
        }
        terms[c] = ids
        values[c] = sums
    }

    /// Replaces class `c`'s sums with the only class of `single`.
    mutating func replaceClass(_ c: Int, with single: ClassTermSums) {
        terms[c] = single.terms[0]
        values[c] = single.values[0]
    }

    /// Writes class `c`'s sums into `dense` (which must be zero at every other stored id).
    func scatterClass(_ c: Int, into dense: UnsafeMutableBufferPointer<Double>) {
        let ids = terms[c]
        let sums = values[c]
        for index in ids.indices { dense[Int(ids[index])] = sums[index] }
    }

    /// The sums restricted to terms with `newID[t] >= 0`, renumbered to `newID[t]`; the
    /// mapping must keep the order of the ids it keeps.
    func keeping(_ newID: [Int32]) -> ClassTermSums {
        var result = ClassTermSums()
        for c in 0..<classCount {
            var ids: [UInt32] = []
            var sums: [Double] = []
            for index in terms[c].indices {
                let mapped = newID[Int(terms[c][index])]
                if mapped >= 0 {
                    ids.append(UInt32(mapped))
                    sums.append(values[c][index])
                }
            }
            result.terms.append(ids)
            result.values.append(sums)
        }
        return result
    }

    /// The same sums laid out by term: for term `t`, entries `offsets[t]..<offsets[t + 1]` of
    /// `classes` and `sums`, in ascending class order. `termCount` bounds the ids. Ranges of
    /// terms are laid out on `threads` threads (each class's ids in a range found by binary
    /// search); the result does not depend on it.
    func byTerm(termCount: Int, threads: Int = 1) -> (offsets: [Int], classes: [UInt32], sums: [Double]) {
        let entryCount = terms.reduce(0) { $0 + $1.count }
        let parts = entryCount >= 1 << 16 ? max(1, threads) : 1
        let ranges = ParallelWork.ranges(total: termCount, parts: parts)
        // Where each range starts in each class's ids.
        let firsts = ranges.map { range in terms.map { Self.lowerBound(of: UInt32(range.lowerBound), in: $0) } }
        // Every array is written by the thread that owns its part (no zero fill on one thread
        // first: on a word-pair vocabulary these are tens of megabytes of fresh pages).
        let offsets = [Int](unsafeUninitializedCapacity: termCount + 1) { offsets, initialized in
            offsets[0] = 0
            _ = ParallelWork.map(count: ranges.count, threads: parts) { part in
                let range = ranges[part]
                for term in range { offsets[term + 1] = 0 }
                for c in 0..<classCount {
                    let ids = terms[c]
                    var index = firsts[part][c]
                    while index < ids.count && Int(ids[index]) < range.upperBound {
                        offsets[Int(ids[index]) + 1] += 1
                        index += 1
                    }
                }
            }
            for term in 0..<termCount { offsets[term + 1] += offsets[term] }
            initialized = termCount + 1
        }
        var sums: [Double] = []
        let classes = [UInt32](unsafeUninitializedCapacity: entryCount) { classes, classesInitialized in
            sums = [Double](unsafeUninitializedCapacity: entryCount) { sums, sumsInitialized in
                _ = ParallelWork.map(count: ranges.count, threads: parts) { part in
                    let range = ranges[part]
                    guard !range.isEmpty else { return }
                    // Each term's next free entry, for this range's terms only.
                    var next = Array(offsets[range])
                    for c in 0..<classCount {
                        let ids = terms[c]
                        let values = values[c]
                        var index = firsts[part][c]
                        while index < ids.count && Int(ids[index]) < range.upperBound {
                            let local = Int(ids[index]) - range.lowerBound
                            classes[next[local]] = UInt32(c)
                            sums[next[local]] = values[index]
                            next[local] += 1
                            index += 1
                        }
                    }
                }
                sumsInitialized = entryCount
            }
            classesInitialized = entryCount
        }
        return (offsets, classes, sums)
    }

    /// The first position in the ascending `ids` holding `id` or more.
    private static func lowerBound(of id: UInt32, in ids: [UInt32]) -> Int {
        var low = 0
        var high = ids.count
        while low < high {
            let middle = (low + high) / 2
            if ids[middle] < id { low = middle + 1 } else { high = middle }
        }
        return low
    }
}
