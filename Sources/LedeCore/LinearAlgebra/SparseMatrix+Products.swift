/// Products of a sparse matrix with dense ones, and dense blocks gathered from sparse rows.
extension SparseMatrix {
    /// `self × dense` as a dense matrix: each stored entry adds a scaled row of `dense` with BLAS
    /// `saxpy`. `dense.rows` must equal ``columnCount``. Large products are split into row
    /// ranges worked on `threads` threads; the result does not depend on it.
    ///
    /// When every row's columns ascend, the entries are visited column by column (each row's
    /// still in ascending column order, so every output is the same sum in the same order): the
    /// rows of `dense` are then read once each, in order, instead of once per entry at random,
    /// which on a large vocabulary is a cache miss per entry.
    public func multiplied(by dense: DenseMatrix, threads: Int = 1) -> DenseMatrix {
        precondition(dense.rows == columnCount, "sparse × dense: inner dimensions differ")
        var result = DenseMatrix(rows: rowCount, columns: dense.columns)
        let width = dense.columns
        guard width > 0, rowCount > 0 else { return result }
        let byColumn = rowCount >= 64 && rowsAscend
        let parts = byColumn && storedCount >= 1 << 16 ? max(1, threads) : 1
        let ranges = ParallelWork.ranges(total: rowCount, parts: parts)
        dense.elements.withUnsafeBufferPointer { weights in
            result.elements.withUnsafeMutableBufferPointer { output in
                _ = ParallelWork.map(count: ranges.count, threads: parts) { part in
                    if byColumn {
                        addColumnByColumn(rows: ranges[part], weights.baseAddress!, width, output.baseAddress!)
                    } else {
                        for row in ranges[part] {
                            let target = output.baseAddress! + row * width
                            for entry in rowOffsets[row]..<rowOffsets[row + 1] {
                                let source = weights.baseAddress! + Int(columnIndices[entry]) * width
                                BLAS.axpy(count: width, values[entry], source, target)
                            }
                        }
                    }
                }
            }
        }
        return result
    }

    /// Whether every row's columns are strictly ascending.
    private var rowsAscend: Bool {
        for row in 0..<rowCount {
            let entries = entries(ofRow: row)
            for entry in entries.dropFirst() where columnIndices[entry - 1] >= columnIndices[entry] { return false }
        }
        return true
    }

    /// Adds the products of rows `rows` into `output`, sweeping the columns in ascending order.
    ///
    /// The entries are grouped by column in two cache-sized steps instead of one counting sort
    /// over every column (whose cursor array is as long as the weights' row count, so on a
    /// word-pair vocabulary each entry placed was a cache miss or two): first into buckets of
    /// consecutive columns — at most 1,024 of them, so the writes go to few places at once —
    /// then, bucket by bucket, into columns, with a cursor array small enough for the L1 cache.
    /// Both steps are stable, so each column's entries keep their rows ascending and every
    /// output is the same sum in the same order as before.
    private func addColumnByColumn(
        rows: Range<Int>, _ weights: UnsafePointer<Float>, _ width: Int, _ output: UnsafeMutablePointer<Float>
    ) {
        let first = rowOffsets[rows.lowerBound]
        let count = rowOffsets[rows.upperBound] - first
        guard count > 0 else { return }
        precondition(count < Int(Int32.max), "sparse × dense: too many entries in one part")
        let bucketShift = max(0, (Int.bitWidth - (columnCount - 1).leadingZeroBitCount) - 10)
        let bucketSpan = 1 << bucketShift
        let bucketCount = (columnCount - 1) >> bucketShift + 1
        // 1. Entries into buckets of `bucketSpan` columns, in row order.
        var bucketStarts = [Int](repeating: 0, count: bucketCount + 1)
        var bucketed = [UInt64](repeating: 0, count: count)  // column << 32 | row
        var bucketedValues = [Float](repeating: 0, count: count)
        columnIndices.withUnsafeBufferPointer { columns in
            values.withUnsafeBufferPointer { values in
                bucketStarts.withUnsafeMutableBufferPointer { starts in
                    for entry in first..<(first + count) { starts[Int(columns[entry]) >> bucketShift + 1] += 1 }
                    for bucket in 0..<bucketCount { starts[bucket + 1] += starts[bucket] }
                    var cursors = Array(starts)
                    bucketed.withUnsafeMutableBufferPointer { bucketed in
                        bucketedValues.withUnsafeMutableBufferPointer { bucketedValues in
                            cursors.withUnsafeMutableBufferPointer { cursors in
                                for row in rows {
                                    for entry in rowOffsets[row]..<rowOffsets[row + 1] {
                                        let column = Int(columns[entry])
                                        let position = cursors[column >> bucketShift]
                                        cursors[column >> bucketShift] = position + 1
                                        bucketed[position] = UInt64(column) << 32 | UInt64(row)
                                        bucketedValues[position] = values[entry]
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        // 2. Each bucket into columns, then its columns' rows of `weights` added in order.
        let largest = (0..<bucketCount).reduce(0) { max($0, bucketStarts[$1 + 1] - bucketStarts[$1]) }
        var columnStarts = [Int32](repeating: 0, count: bucketSpan + 1)
        var sortedRows = [Int32](repeating: 0, count: largest)
        var sortedValues = [Float](repeating: 0, count: largest)
        bucketed.withUnsafeBufferPointer { bucketed in
            bucketedValues.withUnsafeBufferPointer { bucketedValues in
                columnStarts.withUnsafeMutableBufferPointer { columnStarts in
                    sortedRows.withUnsafeMutableBufferPointer { sortedRows in
                        sortedValues.withUnsafeMutableBufferPointer { sortedValues in
                            for bucket in 0..<bucketCount {
                                let start = bucketStarts[bucket], end = bucketStarts[bucket + 1]
                                guard start < end else { continue }
                                let base = bucket << bucketShift
                                let span = min(bucketSpan, columnCount - base)
                                for index in 0...span { columnStarts[index] = 0 }
                                for position in start..<end {
                                    columnStarts[Int(bucketed[position] >> 32) - base + 1] += 1
                                }
                                for index in 0..<span { columnStarts[index + 1] += columnStarts[index] }
                                // Placing moves column c's start to its end, which is column c + 1's start.
                                for position in start..<end {
                                    let local = Int(bucketed[position] >> 32) - base
                                    let slot = Int(columnStarts[local])
                                    columnStarts[local] = Int32(slot + 1)
                                    sortedRows[slot] = Int32(truncatingIfNeeded: bucketed[position] & 0xFFFF_FFFF)
                                    sortedValues[slot] = bucketedValues[position]
                                }
                                var columnStart = 0
                                for local in 0..<span {
                                    let columnEnd = Int(columnStarts[local])
                                    guard columnStart < columnEnd else { continue }
                                    let source = weights + (base + local) * width
                                    for slot in columnStart..<columnEnd {
                                        BLAS.axpy(count: width, sortedValues[slot], source, output + Int(sortedRows[slot]) * width)
                                    }
                                    columnStart = columnEnd
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    /// The rows `rows` as a dense block over their own compacted columns: the block's column
    /// `k` is the original column `columns[k]` (ascending). This is what per-article work needs:
    /// a few sentences over the few terms they use, instead of the whole vocabulary.
    public func denseBlock(rows: Range<Int>) -> (matrix: DenseMatrix, columns: [Int32]) {
        var columns: [Int32] = []
        for row in rows { columns.append(contentsOf: columnIndices[entries(ofRow: row)]) }
        columns.sort()
        var unique: [Int32] = []
        unique.reserveCapacity(columns.count)
        for column in columns where unique.last != column { unique.append(column) }
        var position: [Int32: Int] = [:]
        position.reserveCapacity(unique.count)
        for (index, column) in unique.enumerated() { position[column] = index }
        var block = DenseMatrix(rows: rows.count, columns: unique.count)
        for (offset, row) in rows.enumerated() {
            for entry in entries(ofRow: row) {
                block[offset, position[columnIndices[entry]]!] = values[entry]
            }
        }
        return (block, unique)
    }

    /// Sorts each row's entries by column (rows built in first-occurrence order need this once).
    /// Rows are independent, so a large matrix is sorted on `threads` threads.
    public mutating func sortColumnsWithinRows(threads: Int = ParallelWork.defaultThreadCount) {
        let parts = storedCount >= 1 << 16 ? threads : 1
        let ranges = ParallelWork.ranges(total: rowCount, parts: parts)
        let rowOffsets = rowOffsets
        columnIndices.withUnsafeMutableBufferPointer { columns in
            values.withUnsafeMutableBufferPointer { values in
                _ = ParallelWork.map(count: ranges.count, threads: parts) { part in
                    Self.sortRows(ranges[part], rowOffsets, columns, values)
                }
            }
        }
    }

    /// Sorts the entries of `rows` by column: insertion sort for short rows, a packed
    /// (column, value bits) integer sort for long ones, so that neither needs a closure.
    static func sortRows(
        _ rows: Range<Int>, _ rowOffsets: [Int],
        _ columns: UnsafeMutableBufferPointer<Int32>, _ values: UnsafeMutableBufferPointer<Float>
    ) {
        var packed: [UInt64] = []
        for row in rows {
            let start = rowOffsets[row]
            let end = rowOffsets[row + 1]
            let length = end - start
            if length < 2 { continue }
            if length <= 24 {
                for i in (start + 1)..<end {
                    let column = columns[i]
                    let value = values[i]
                    var j = i - 1
                    while j >= start && columns[j] > column {
                        columns[j + 1] = columns[j]
                        values[j + 1] = values[j]
                        j -= 1
                    }
                    columns[j + 1] = column
                    values[j + 1] = value
                }
                continue
            }
            packed.removeAll(keepingCapacity: true)
            for index in start..<end {
                packed.append(UInt64(UInt32(bitPattern: columns[index])) << 32 | UInt64(values[index].bitPattern))
            }
            packed.withUnsafeMutableBufferPointer { IntegerSort.sort($0) }
            for (offset, item) in packed.enumerated() {
                columns[start + offset] = Int32(bitPattern: UInt32(item >> 32))
                values[start + offset] = Float(bitPattern: UInt32(truncatingIfNeeded: item))
            }
        }
    }
}
