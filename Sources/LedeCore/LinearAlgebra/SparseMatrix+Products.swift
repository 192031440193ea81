/// Products of a sparse matrix with dense ones, and dense blocks gathered from sparse rows.
extension SparseMatrix {
    /// `self × dense` as a dense matrix: each stored entry adds a scaled row of `dense` with BLAS
    /// `saxpy`. `dense.rows` must equal ``columnCount``.
    public func multiplied(by dense: DenseMatrix) -> DenseMatrix {
        precondition(dense.rows == columnCount, "sparse × dense: inner dimensions differ")
        var result = DenseMatrix(rows: rowCount, columns: dense.columns)
        let width = dense.columns
        guard width > 0 else { return result }
        dense.elements.withUnsafeBufferPointer { weights in
            result.elements.withUnsafeMutableBufferPointer { output in
                for row in 0..<rowCount {
                    let target = output.baseAddress! + row * width
                    for entry in rowOffsets[row]..<rowOffsets[row + 1] {
                        let source = weights.baseAddress! + Int(columnIndices[entry]) * width
                        BLAS.axpy(count: width, values[entry], source, target)
                    }
                }
            }
        }
        return result
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
    public mutating func sortColumnsWithinRows() {
        let rowOffsets = rowOffsets
        columnIndices.withUnsafeMutableBufferPointer { columns in
            values.withUnsafeMutableBufferPointer { values in
                var packed: [UInt64] = []
                for row in 0..<(rowOffsets.count - 1) {
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
                    // Pack (column, value bits) into one integer so the sort needs no closure.
                    packed.removeAll(keepingCapacity: true)
                    for index in start..<end {
                        packed.append(UInt64(UInt32(bitPattern: columns[index])) << 32 | UInt64(values[index].bitPattern))
                    }
                    packed.sort()
                    for (offset, item) in packed.enumerated() {
                        columns[start + offset] = Int32(bitPattern: UInt32(item >> 32))
                        values[start + offset] = Float(bitPattern: UInt32(truncatingIfNeeded: item))
                    }
                }
            }
        }
    }
}
