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
    private func addColumnByColumn(
        rows: Range<Int>, _ weights: UnsafePointer<Float>, _ width: Int, _ output: UnsafeMutablePointer<Float>
    ) {
        // The entries of `rows` grouped by column (a counting sort; rows stay ascending in each).
        // `ends[c]` counts, then marks where column c's entries end: placing an entry moves its
        // column's cursor back from the end, so one array of 32-bit positions serves as counts,
        // cursors and bounds (a large vocabulary makes it the size of the weights' row count).
        let first = rowOffsets[rows.lowerBound]
        let count = rowOffsets[rows.upperBound] - first
        precondition(count < Int(Int32.max), "sparse × dense: too many entries in one part")
        var ends = [Int32](repeating: 0, count: columnCount)
        for entry in first..<(first + count) { ends[Int(columnIndices[entry])] += 1 }
        var running: Int32 = 0
        for column in 0..<columnCount {
            running += ends[column]
            ends[column] = running
        }
        var entryRows = [Int32](repeating: 0, count: count)
        var entryValues = [Float](repeating: 0, count: count)
        // Rows in descending order, each filled from the back, so every column's entries come
        // out with rows ascending; afterwards ends[c] is where column c's entries begin.
        for row in rows.reversed() {
            for entry in (rowOffsets[row]..<rowOffsets[row + 1]).reversed() {
                let column = Int(columnIndices[entry])
                ends[column] -= 1
                entryRows[Int(ends[column])] = Int32(row)
                entryValues[Int(ends[column])] = values[entry]
            }
        }
        for column in 0..<columnCount {
            let start = Int(ends[column])
            let end = column + 1 < columnCount ? Int(ends[column + 1]) : count
            guard start < end else { continue }
            let source = weights + column * width
            for position in start..<end {
                BLAS.axpy(count: width, entryValues[position], source, output + Int(entryRows[position]) * width)
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
