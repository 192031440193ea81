/// Per-class sums of normalised term weights, stored sparsely: for each class, the vocabulary
/// ids it has a non-zero sum for (ascending) and those sums, in fixed-point units of
/// ``FixedPointWeight`` (integers, so that sums do not depend on the order of addition). A class
/// sees a small part of a vocabulary of unigrams and bigrams, so this is a fraction of the
/// classes × vocabulary dense table (on 20 Newsgroups with bigrams, tens of megabytes instead of
/// about 190).
///
/// Every stored sum is a sum of positive contributions, so "stored" and "non-zero" coincide and
/// two equal models have equal storage (forgetting the documents that made a sum takes it back to
/// exactly zero, and it goes).
///
/// ```swift
/// let sums = ClassTermSums(dense: [[0, 1.5], [2, 0]])
/// sums.value(class: 0, term: 1) // 1.5
/// ```
public struct ClassTermSums: Sendable, Equatable {
    /// The term ids with a non-zero sum, ascending, per class.
    public private(set) var terms: [[UInt32]]
    /// The sums in units of ``FixedPointWeight``, parallel to ``terms``.
    public private(set) var values: [[Int64]]

    /// Why sums cannot be changed as asked.
    public enum Problem: Error, Equatable {
        /// A sum would exceed `Int64` units (2³¹ full weights).
        case overflow
        /// A sum would fall below zero: what is taken away was never added.
        case belowZero
    }

    /// No classes.
    public init() {
        terms = []
        values = []
    }

    /// The sums of a dense table `dense[c][t]` of weights (rounded to units; zeros are not stored).
    public init(dense: [[Double]]) {
        terms = []
        values = []
        for row in dense {
            var ids: [UInt32] = []
            var sums: [Int64] = []
            for (term, value) in row.enumerated() where FixedPointWeight.units(value) != 0 {
                ids.append(UInt32(term))
                sums.append(FixedPointWeight.units(value))
            }
            terms.append(ids)
            values.append(sums)
        }
    }

    /// Sums given per class as ascending ids and positive units (model files); `nil` when a
    /// class's ids are not strictly ascending, the shapes differ or a value is not positive.
    public init?(terms: [[UInt32]], values: [[Int64]]) {
        guard terms.count == values.count else { return nil }
        for (ids, sums) in zip(terms, values) {
            guard ids.count == sums.count, sums.allSatisfy({ $0 > 0 }) else { return nil }
            for index in ids.indices.dropFirst() where ids[index - 1] >= ids[index] { return nil }
        }
        self.terms = terms
        self.values = values
    }

    /// The number of classes.
    public var classCount: Int { terms.count }

    /// The sum of class `c` for term `term`, as a weight (zero when not stored).
    public func value(class c: Int, term: Int) -> Double {
        let ids = terms[c]
        let key = UInt32(term)
        let position = Self.lowerBound(of: key, in: ids)
        return position < ids.count && ids[position] == key ? FixedPointWeight.value(values[c][position]) : 0
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

    /// Adds `units[i]` (negative to take away) to class `c`'s sum of term `ids[i]`; `ids` must be
    /// strictly ascending. Sums that reach zero go. Integer addition: the result does not depend
    /// on the order changes are made in. Throws, changing nothing, when a sum would overflow or
    /// fall below zero.
    mutating func add(toClass c: Int, ids: [UInt32], units: [Int64]) throws(Problem) {
        if terms[c].isEmpty {
            // Nothing to add to (a new class, or a new model's first batch): the change is the sums.
            guard units.allSatisfy({ $0 >= 0 }) else { throw .belowZero }
            let kept = units.contains(0) ? units.indices.filter { units[$0] != 0 } : nil
            terms[c] = kept.map { $0.map { ids[$0] } } ?? ids
            values[c] = kept.map { $0.map { units[$0] } } ?? units
            return
        }
        let oldIDs = terms[c]
        let oldValues = values[c]
        var newIDs: [UInt32] = []
        var newValues: [Int64] = []
        newIDs.reserveCapacity(oldIDs.count + ids.count)
        newValues.reserveCapacity(oldIDs.count + ids.count)
        var old = 0
        var added = 0
        while old < oldIDs.count || added < ids.count {
            let id: UInt32
            var sum: Int64
            if added == ids.count || (old < oldIDs.count && oldIDs[old] < ids[added]) {
                id = oldIDs[old]
                sum = oldValues[old]
                old += 1
            } else if old == oldIDs.count || ids[added] < oldIDs[old] {
                id = ids[added]
                sum = units[added]
                added += 1
            } else {
                id = ids[added]
                let (total, overflow) = oldValues[old].addingReportingOverflow(units[added])
                guard !overflow else { throw .overflow }
                sum = total
                old += 1
                added += 1
            }
            guard sum >= 0 else { throw .belowZero }
            if sum > 0 {
                newIDs.append(id)
                newValues.append(sum)
            }
        }
        terms[c] = newIDs
        values[c] = newValues
    }

    /// The sums with every id renumbered: new id `n` is old id `order[n]` (`order` is a
    /// permutation of the ids). Each class's renamed ids are put in order by a radix sort (two or
    /// three counting passes of eleven bits), the classes shared among `threads` threads.
    func renumbered(order: [Int], threads: Int = 1) -> ClassTermSums {
        var newID = [UInt32](repeating: 0, count: order.count)
        for (id, old) in order.enumerated() { newID[old] = UInt32(id) }
        let passes = order.count <= 1 << 22 ? 2 : 3
        let entryCount = terms.reduce(0) { $0 + $1.count }
        let parts = entryCount >= 1 << 16 ? max(1, min(threads, classCount)) : 1
        let ranges = ParallelWork.ranges(total: classCount, parts: parts)
        let classes = ParallelWork.map(count: ranges.count, threads: parts) { part in
            ranges[part].map { c -> ([UInt32], [Int64]) in
                var ids = terms[c].map { newID[Int($0)] }
                var units = values[c]
                Self.radixSort(&ids, carrying: &units, passes: passes)
                return (ids, units)
            }
        }.flatMap { $0 }
        var result = ClassTermSums()
        result.terms = classes.map(\.0)
        result.values = classes.map(\.1)
        return result
    }

    /// Sorts term ids ascending (ids below 2²² in two counting passes of eleven bits, else three).
    static func sortIDs(_ ids: inout [UInt32], termCount: Int) {
        var none: [Int64] = []
        radixSort(&ids, carrying: &none, passes: termCount <= 1 << 22 ? 2 : 3)
    }

    /// Sorts `keys` ascending with `values` (when not empty) moving alongside, eleven bits per
    /// counting pass.
    private static func radixSort(_ keys: inout [UInt32], carrying values: inout [Int64], passes: Int) {
        let count = keys.count
        guard count > 1 else { return }
        let carrying = !values.isEmpty
        var otherKeys = [UInt32](repeating: 0, count: count)
        var otherValues = [Int64](repeating: 0, count: carrying ? count : 0)
        var next = [Int](repeating: 0, count: 1 << 11)
        for pass in 0..<passes {
            let shift = UInt32(11 * pass)
            for index in next.indices { next[index] = 0 }
            for key in keys { next[Int((key >> shift) & 0x7FF)] += 1 }
            var total = 0
            for digit in next.indices {
                let size = next[digit]
                next[digit] = total
                total += size
            }
            keys.withUnsafeBufferPointer { keys in
                values.withUnsafeBufferPointer { values in
                    otherKeys.withUnsafeMutableBufferPointer { otherKeys in
                        otherValues.withUnsafeMutableBufferPointer { otherValues in
                            next.withUnsafeMutableBufferPointer { next in
                                for index in 0..<count {
                                    let digit = Int((keys[index] >> shift) & 0x7FF)
                                    otherKeys[next[digit]] = keys[index]
                                    if carrying { otherValues[next[digit]] = values[index] }
                                    next[digit] += 1
                                }
                            }
                        }
                    }
                }
            }
            swap(&keys, &otherKeys)
            swap(&values, &otherValues)
        }
    }

    /// The sums restricted to terms with `newID[t] >= 0`, renumbered to `newID[t]`; the
    /// mapping must keep the order of the ids it keeps.
    func keeping(_ newID: [Int32]) -> ClassTermSums {
        var result = ClassTermSums()
        for c in 0..<classCount {
            var ids: [UInt32] = []
            var sums: [Int64] = []
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
    func byTerm(termCount: Int, threads: Int = 1) -> (offsets: [Int], classes: [UInt32], sums: [Int64]) {
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
        var sums: [Int64] = []
        let classes = [UInt32](unsafeUninitializedCapacity: entryCount) { classes, classesInitialized in
            sums = [Int64](unsafeUninitializedCapacity: entryCount) { sums, sumsInitialized in
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
