/// The length of a longest common subsequence of two token-id sequences.
///
/// The classic dynamic programme, keeping one row over the shorter sequence: O(n·m) time and
/// O(min(n, m)) memory, which keeps article-length pairs (hundreds of tokens a side) in cache.
func longestCommonSubsequenceLength(_ first: [Int32], _ second: [Int32]) -> Int {
    let (outer, inner) = first.count >= second.count ? (first, second) : (second, first)
    guard !inner.isEmpty else { return 0 }
    var row = [Int32](repeating: 0, count: inner.count + 1)
    row.withUnsafeMutableBufferPointer { row in
        inner.withUnsafeBufferPointer { inner in
            for token in outer {
                // `diagonal` is the previous row's value one column to the left.
                var diagonal: Int32 = 0
                var left: Int32 = 0
                for j in 0 ..< inner.count {
                    let above = row[j + 1]
                    let value = inner[j] == token ? diagonal + 1 : max(above, left)
                    row[j + 1] = value
                    diagonal = above
                    left = value
                }
            }
        }
    }
    return Int(row[inner.count])
}
