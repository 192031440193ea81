/// A row-major dense matrix of `Float`, laid out for OpenBLAS (`CblasRowMajor`, leading
/// dimension = ``columns``).
public struct DenseMatrix: Sendable, Equatable {
    /// The number of rows.
    public let rows: Int
    /// The number of columns.
    public let columns: Int
    /// The entries, row after row: element (i, j) is at `i * columns + j`.
    public var elements: [Float]

    /// A matrix of `rows` × `columns` filled with `value`.
    public init(rows: Int, columns: Int, repeating value: Float = 0) {
        precondition(rows >= 0 && columns >= 0)
        self.rows = rows
        self.columns = columns
        elements = Array(repeating: value, count: rows * columns)
    }

    /// A matrix from row-major `elements`.
    public init(rows: Int, columns: Int, elements: [Float]) {
        precondition(elements.count == rows * columns, "expected \(rows * columns) elements, got \(elements.count)")
        self.rows = rows
        self.columns = columns
        self.elements = elements
    }

    /// Element (`row`, `column`).
    public subscript(row: Int, column: Int) -> Float {
        get { elements[row * columns + column] }
        set { elements[row * columns + column] = newValue }
    }

    /// A copy of row `row`.
    public func row(_ row: Int) -> ArraySlice<Float> {
        elements[(row * columns)..<((row + 1) * columns)]
    }
}
