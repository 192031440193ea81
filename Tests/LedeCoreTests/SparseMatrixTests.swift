import LedeCore
import LedeTestSupport
import Testing

/// A random sparse matrix with about `density` of its cells stored, and its dense form.
private func randomSparse(rows: Int, columns: Int, density: Double, seed: UInt64) -> (SparseMatrix, [[Float]]) {
    var generator = SplitMix(seed: seed)
    var matrix = SparseMatrix(columnCount: columns)
    var dense = [[Float]](repeating: [Float](repeating: 0, count: columns), count: rows)
    for row in 0..<rows {
        var cols: [Int32] = []
        var vals: [Float] = []
        for column in 0..<columns where Double.random(in: 0..<1, using: &generator) < density {
            let value = Float(Int.random(in: -4...4, using: &generator)) / 2 + 0.25
            cols.append(Int32(column))
            vals.append(value)
            dense[row][column] = value
        }
        matrix.appendRow(columns: cols, values: vals)
    }
    return (matrix, dense)
}

@Suite("SparseMatrix")
struct SparseMatrixTests {
    // [1 0 2; 0 0 0; 0 3 0]
    private let small = SparseMatrix(columnCount: 3, rowOffsets: [0, 2, 2, 3], columnIndices: [0, 2, 1], values: [1, 2, 3])

    @Test("the subscript reads stored entries and zeros")
    func subscriptReads() {
        #expect(small[0, 0] == 1)
        #expect(small[0, 1] == 0)
        #expect(small[0, 2] == 2)
        #expect(small[1, 1] == 0)
        #expect(small[2, 1] == 3)
        #expect(small.rowCount == 3)
        #expect(small.storedCount == 3)
    }

    @Test("sparse × dense equals the naive dense product")
    func multipliedMatchesNaiveProduct() {
        let (sparse, dense) = randomSparse(rows: 13, columns: 9, density: 0.3, seed: 7)
        var generator = SplitMix(seed: 11)
        let right = DenseMatrix(rows: 9, columns: 5, elements: (0..<45).map { _ in Float(Int.random(in: -3...3, using: &generator)) })
        let product = sparse.multiplied(by: right)
        #expect(product.rows == 13 && product.columns == 5)
        for i in 0..<13 {
            for j in 0..<5 {
                let expected = (0..<9).reduce(Float(0)) { $0 + dense[i][$1] * right[$1, j] }
                #expect(product[i, j] == expected, "(\(i), \(j))")
            }
        }
    }

    @Test("sparse × dense of many rows (swept column by column, in buckets of columns) equals row by row, on any thread count",
          arguments: [(300, 5_000, 0.01), (200, 3, 0.9), (120, 70_000, 0.002), (400, 2_000, 0.1)])
    func multipliedColumnSweepMatchesRowByRow(rows: Int, columns: Int, density: Double) {
        let (sparse, _) = randomSparse(rows: rows, columns: columns, density: density, seed: 5)
        var generator = SplitMix(seed: 13)
        let width = 7
        let right = DenseMatrix(
            rows: columns, columns: width,
            elements: (0..<(columns * width)).map { _ in Float(Int.random(in: -50...50, using: &generator)) / 7 })
        // One row at a time is below the column sweep's threshold: the plain row-by-row product.
        var expected: [Float] = []
        for row in 0..<rows { expected += sparse.selectingRows([row]).multiplied(by: right).elements }
        for threads in [1, 2, 3] {
            #expect(sparse.multiplied(by: right, threads: threads).elements == expected, "threads \(threads)")
        }
    }

    @Test("sparse × dense handles empty shapes")
    func multipliedEmpty() {
        #expect(SparseMatrix(columnCount: 0).multiplied(by: DenseMatrix(rows: 0, columns: 4)) == DenseMatrix(rows: 0, columns: 4))
        #expect(small.multiplied(by: DenseMatrix(rows: 3, columns: 0)) == DenseMatrix(rows: 3, columns: 0))
    }

    @Test("a dense block keeps only the columns its rows use, ascending")
    func denseBlockCompacts() {
        // Rows use columns {7, 2} and {9, 2}; row 0 (column 5) is outside the block.
        let matrix = SparseMatrix(
            columnCount: 10, rowOffsets: [0, 1, 3, 5], columnIndices: [5, 2, 7, 2, 9], values: [1, 2, 3, 4, 5])
        let (block, columns) = matrix.denseBlock(rows: 1..<3)
        #expect(columns == [2, 7, 9])
        #expect(block == DenseMatrix(rows: 2, columns: 3, elements: [2, 3, 0, 4, 0, 5]))
        let empty = matrix.denseBlock(rows: 1..<1)
        #expect(empty.columns == [])
        #expect(empty.matrix.rows == 0)
    }

    @Test("sorting columns within rows orders short and long rows and keeps values paired")
    func sortColumnsWithinRows() {
        var generator = SplitMix(seed: 3)
        var matrix = SparseMatrix(columnCount: 1000)
        var expected = SparseMatrix(columnCount: 1000)
        for length in [0, 1, 2, 5, 24, 25, 100, 700] {
            let columns = Array((0..<1000).shuffled(using: &generator).prefix(length)).map(Int32.init)
            let values = columns.map { Float($0) * -0.5 }
            matrix.appendRow(columns: columns, values: values)
            let sorted = columns.sorted()
            expected.appendRow(columns: sorted, values: sorted.map { Float($0) * -0.5 })
        }
        matrix.sortColumnsWithinRows()
        #expect(matrix == expected)
    }

    @Test("rows are scaled to unit l2 or l1 norm; zero rows stay zero")
    func normalizeRows() {
        let base = SparseMatrix(columnCount: 3, rowOffsets: [0, 2, 2, 3], columnIndices: [0, 2, 1], values: [3, -4, 0])
        var l2 = base
        l2.normalizeRows(.l2)
        #expect(l2.values == [0.6, -0.8, 0])
        var l1 = base
        l1.normalizeRows(.l1)
        #expect(abs(l1.values[0] - 3.0 / 7) < 1e-7 && abs(l1.values[1] + 4.0 / 7) < 1e-7)
        #expect(l1.values[2] == 0)
        var untouched = base
        untouched.normalizeRows(.none)
        #expect(untouched == base)
    }

    @Test("selecting and appending rows keep their entries")
    func selectAndAppend() {
        let picked = small.selectingRows([2, 0])
        #expect(picked.rowOffsets == [0, 1, 3])
        #expect(picked.columnIndices == [1, 0, 2])
        var stacked = small
        stacked.appendRows(of: picked)
        #expect(stacked.rowCount == 5)
        #expect(stacked[4, 2] == 2)
        #expect(stacked[3, 1] == 3)
    }

    @Test("remapping columns renames, drops -1 and re-sorts each row")
    func remappingColumns() {
        let remapped = small.remappingColumns([1, -1, 0], columnCount: 2)
        #expect(remapped.columnCount == 2)
        #expect(remapped.rowOffsets == [0, 2, 2, 2])
        #expect(remapped.columnIndices == [0, 1])
        #expect(remapped.values == [2, 1])
    }
}
