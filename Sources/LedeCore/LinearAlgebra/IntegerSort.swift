/// Sorts of 64-bit integers for the hot paths that sort packed keys: an in-place, unstable
/// quicksort for short runs (a column id in the high bits and a value's bits in the low ones),
/// and a radix sort carrying a value per key for long arrays (key order of a vocabulary). The
/// standard library's `sort()` is a stable merge sort that allocates a buffer on every call;
/// rows of a few hundred entries sorted by the million spent a tenth of a vectoriser's time there.
enum IntegerSort {
    /// Ranges at most this long are finished by insertion sort.
    private static let insertionLimit = 24

    /// Sorts `keys` ascending: quicksort with a median-of-three pivot, insertion sort for short
    /// ranges, and the standard library's sort if the partitions keep coming out lopsided.
    static func sort(_ keys: UnsafeMutableBufferPointer<UInt64>) {
        guard keys.count > 1, let base = keys.baseAddress else { return }
        quicksort(base, keys.count, depthLimit: 2 * (Int.bitWidth - keys.count.leadingZeroBitCount))
    }

    /// Sorts `keys` ascending, moving `values` with them (stable), eleven bits per pass from the
    /// lowest (six passes); a pass whose digit is the same in every key is skipped.
    static func radixSort(_ keys: inout [UInt64], carrying values: inout [UInt32]) {
        let count = keys.count
        let bits: UInt64 = 11
        let digits = 1 << bits
        let mask = digits - 1
        let passes = 6
        var counts = [Int](repeating: 0, count: passes * digits)
        counts.withUnsafeMutableBufferPointer { counts in
            keys.withUnsafeBufferPointer { keys in
                for key in keys {
                    for pass in 0..<passes { counts[pass * digits + Int(truncatingIfNeeded: key >> (bits * UInt64(pass))) & mask] += 1 }
                }
            }
        }
        var otherKeys = [UInt64](repeating: 0, count: count)
        var otherValues = [UInt32](repeating: 0, count: count)
        var next = [Int](repeating: 0, count: digits)
        for pass in 0..<passes where !counts[(pass * digits)..<((pass + 1) * digits)].contains(count) {
            next[0] = 0
            for digit in 1..<digits { next[digit] = next[digit - 1] + counts[pass * digits + digit - 1] }
            let shift = bits * UInt64(pass)
            keys.withUnsafeBufferPointer { keys in
                values.withUnsafeBufferPointer { values in
                    otherKeys.withUnsafeMutableBufferPointer { otherKeys in
                        otherValues.withUnsafeMutableBufferPointer { otherValues in
                            next.withUnsafeMutableBufferPointer { next in
                                for index in 0..<count {
                                    let digit = Int(truncatingIfNeeded: keys[index] >> shift) & mask
                                    otherKeys[next[digit]] = keys[index]
                                    otherValues[next[digit]] = values[index]
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

    private static func quicksort(_ start: UnsafeMutablePointer<UInt64>, _ count: Int, depthLimit: Int) {
        var start = start
        var count = count
        var depthLimit = depthLimit
        while count > insertionLimit {
            if depthLimit == 0 {
                var fallback = UnsafeMutableBufferPointer(start: start, count: count)
                fallback.sort()
                return
            }
            depthLimit -= 1
            let split = partition(start, count)
            // Recurse into the smaller side and loop on the larger, so the stack stays shallow.
            if split < count - split {
                quicksort(start, split, depthLimit: depthLimit)
                start += split
                count -= split
            } else {
                quicksort(start + split, count - split, depthLimit: depthLimit)
                count = split
            }
        }
        insertionSort(start, count)
    }

    /// Hoare partition around the median of the first, middle and last keys; returns `split`
    /// with every key of `0..<split` ≤ every key of `split..<count`, and `0 < split < count`.
    @inline(__always)
    private static func partition(_ keys: UnsafeMutablePointer<UInt64>, _ count: Int) -> Int {
        let middle = count / 2
        orderPair(keys, 0, middle)
        orderPair(keys, middle, count - 1)
        orderPair(keys, 0, middle)
        let pivot = keys[middle]
        var low = -1
        var high = count
        while true {
            repeat { low += 1 } while keys[low] < pivot
            repeat { high -= 1 } while keys[high] > pivot
            if low >= high { return high + 1 }
            let held = keys[low]
            keys[low] = keys[high]
            keys[high] = held
        }
    }

    @inline(__always)
    private static func orderPair(_ keys: UnsafeMutablePointer<UInt64>, _ first: Int, _ second: Int) {
        if keys[second] < keys[first] {
            let held = keys[first]
            keys[first] = keys[second]
            keys[second] = held
        }
    }

    @inline(__always)
    private static func insertionSort(_ keys: UnsafeMutablePointer<UInt64>, _ count: Int) {
        guard count > 1 else { return }
        for index in 1..<count {
            let key = keys[index]
            var position = index
            while position > 0 && keys[position - 1] > key {
                keys[position] = keys[position - 1]
                position -= 1
            }
            keys[position] = key
        }
    }
}
