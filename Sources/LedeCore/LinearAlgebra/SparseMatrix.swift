/// A compressed-sparse-row matrix of `Float`: row offsets, column ids sorted within each row,
/// and values. Documents are rows, terms are columns.
public struct SparseMatrix: Sendable, Equatable {
    /// The number of rows.
    public var rowCount: Int { rowOffsets.count - 1 }
    /// The number of columns.
    public var columnCount: Int
    /// `rowOffsets[i]..<rowOffsets[i + 1]` indexes row `i`'s entries; `rowOffsets.count == rowCount + 1`.
    public var rowOffsets: [Int]
    /// The column of each stored entry, ascending within a row.
    public var columnIndices: [Int32]
    /// The value of each stored entry.
    public var values: [Float]

    /// Creates a matrix from its CSR arrays (the caller guarantees sorted, in-range columns).
    public init(columnCount: Int, rowOffsets: [Int], columnIndices: [Int32], values: [Float]) {
        precondition(rowOffsets.first == 0 && rowOffsets.last == columnIndices.count && columnIndices.count == values.count)
        self.columnCount = columnCount
        self.rowOffsets = rowOffsets
        self.columnIndices = columnIndices
        self.values = values
    }

    /// An empty matrix with `columnCount` columns and no rows.
    public init(columnCount: Int) {
        self.init(columnCount: columnCount, rowOffsets: [0], columnIndices: [], values: [])
    }

    /// The number of stored entries.
    public var storedCount: Int { columnIndices.count }

    /// The entry range of row `row` in ``columnIndices`` and ``values``.
    public func entries(ofRow row: Int) -> Range<Int> { rowOffsets[row]..<rowOffsets[row + 1] }

    /// The value at (`row`, `column`), zero when not stored.
    public subscript(row: Int, column: Int) -> Float {
        let range = entries(ofRow: row)
        var low = range.lowerBound
        var high = range.upperBound
        while low < high {
            let middle = (low + high) / 2
            let found = Int(columnIndices[middle])
            if found == column { return values[middle] }
            if found < column { low = middle + 1 } else { high = middle }
        }
        return 0
    }

    /// Appends a row given as (column, value) pairs in ascending column order.
    public mutating func appendRow(columns: some Collection<Int32>, values rowValues: some Collection<Float>) {
        columnIndices.append(contentsOf: columns)
        values.append(contentsOf: rowValues)
        rowOffsets.append(columnIndices.count)
    }

    /// Stacks `other` below `self`; both must have the same number of columns.
    public mutating func appendRows(of other: SparseMatrix) {
        precondition(other.columnCount == columnCount)
        let base = columnIndices.count
        columnIndices.append(contentsOf: other.columnIndices)
        values.append(contentsOf: other.values)
        rowOffsets.append(contentsOf: other.rowOffsets.dropFirst().map { $0 + base })
    }

    /// The rows at `rows`, in that order.
    public func selectingRows(_ rows: some Sequence<Int>) -> SparseMatrix {
        var result = SparseMatrix(columnCount: columnCount)
        for row in rows {
            let range = entries(ofRow: row)
            result.appendRow(columns: columnIndices[range], values: values[range])
        }
        return result
    }

    /// Scales each row to unit norm (rows of zeros stay zero).
    public mutating func normalizeRows(_ norm: VectorNorm) {
        guard norm != .none else { return }
        let rowOffsets = rowOffsets
        let rowCount = rowCount
        values.withUnsafeMutableBufferPointer { values in
            for row in 0..<rowCount {
                let range = rowOffsets[row]..<rowOffsets[row + 1]
                var total: Double = 0
                for entry in range { total += norm.contribution(of: Double(values[entry])) }
                let length = norm.length(ofTotal: total)
                guard length > 0 else { continue }
                let scale = 1 / length
                for entry in range { values[entry] = Float(Double(values[entry]) * scale) }
            }
        }
    }
}

/// A vector norm used to scale rows.
public enum VectorNorm: String, Sendable, Hashable, Codable, CaseIterable {
    /// Euclidean: rows have unit length (cosine similarity becomes a dot product).
    case l2
    /// Manhattan: absolute values sum to one.
    case l1
    /// No scaling.
    case none

    /// One value's share of a row's norm, summed before ``length(ofTotal:)``: its square (l2), its
    /// magnitude (l1), nothing (none).
    @inlinable
    public func contribution(of value: Double) -> Double {
        switch self {
        case .l2: value * value
        case .l1: abs(value)
        case .none: 0
        }
    }

    /// The norm of a row whose values' contributions sum to `total`: its square root (l2), the
    /// total itself (l1), or 1 (none: rows are not scaled).
    @inlinable
    public func length(ofTotal total: Double) -> Double {
        switch self {
        case .l2: total.squareRoot()
        case .l1: total
        case .none: 1
        }
    }
}
