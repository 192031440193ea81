/// Weighted PageRank by power iteration.
///
/// `graph[i, j]` is the weight of the edge from node `j` to node `i` (TextRank graphs are
/// undirected, so the matrix is symmetric). Each step computes
/// `s ← d · M s + (1 − d + d · dangling) / n`, where `M` is the graph with every column scaled to
/// sum to one and `dangling` is the score held by nodes with no edges, which is spread evenly.
/// The dense step is one BLAS `sgemv`. Scores always sum to 1; a graph with no edges at all
/// gives every node `1 / n`, so callers must break ties (TextRank breaks them by position).
///
/// ```swift
/// let path = DenseMatrix(rows: 3, columns: 3, elements: [0, 1, 0,  1, 0, 1,  0, 1, 0])
/// PageRank().scores(of: path)  // ≈ [0.2568, 0.4865, 0.2568]
/// ```
public struct PageRank: Sendable {
    /// Probability of following an edge rather than jumping to a random node.
    public var damping: Double
    /// Iteration stops when the L1 change of the scores is below this.
    public var tolerance: Double
    /// Iteration stops after this many steps regardless.
    public var maxIterations: Int

    /// Creates a ranker; the defaults are TextRank's (0.85, 1e-6, 100).
    public init(damping: Double = 0.85, tolerance: Double = 1e-6, maxIterations: Int = 100) {
        self.damping = damping
        self.tolerance = tolerance
        self.maxIterations = maxIterations
    }

    /// The PageRank scores of the nodes of the square, non-negative `graph`.
    public func scores(of graph: DenseMatrix) -> [Double] {
        precondition(graph.rows == graph.columns, "PageRank needs a square matrix")
        let n = graph.rows
        guard n > 0 else { return [] }
        var transition = graph
        var outWeights = [Float](repeating: 0, count: n)
        for i in 0..<n {
            for j in 0..<n { outWeights[j] += graph.elements[i * n + j] }
        }
        var isDangling = [Bool](repeating: false, count: n)
        for j in 0..<n where !(outWeights[j] > 0) { isDangling[j] = true }
        transition.elements.withUnsafeMutableBufferPointer { elements in
            for i in 0..<n {
                for j in 0..<n where !isDangling[j] { elements[i * n + j] /= outWeights[j] }
            }
        }
        return iterate(count: n, isDangling: isDangling) { current, next in
            BLAS.gemv(transition, current, alpha: Float(damping), into: &next)
        }
    }

    /// The PageRank scores of the nodes of the square, non-negative sparse `graph` (for large,
    /// sparse graphs such as a keyword co-occurrence graph). `teleport`, when given, is where
    /// random jumps (and the score of nodes without edges) land: one non-negative weight per node,
    /// normalised here (personalised PageRank, as PositionRank biases jumps to early words).
    public func scores(ofSparse graph: SparseMatrix, teleport: [Double]? = nil) -> [Double] {
        precondition(graph.rowCount == graph.columnCount, "PageRank needs a square matrix")
        let n = graph.rowCount
        guard n > 0 else { return [] }
        var outWeights = [Float](repeating: 0, count: n)
        for entry in 0..<graph.storedCount { outWeights[Int(graph.columnIndices[entry])] += graph.values[entry] }
        let isDangling = outWeights.map { !($0 > 0) }
        let damping = Float(damping)
        var jumps: [Float]? = nil
        if let teleport, teleport.count == n {
            let total = teleport.reduce(0, +)
            if total > 0 { jumps = teleport.map { Float($0 / total) } }
        }
        return iterate(count: n, isDangling: isDangling, jumps: jumps) { current, next in
            for row in 0..<n {
                var total: Float = 0
                for entry in graph.entries(ofRow: row) {
                    let column = Int(graph.columnIndices[entry])
                    total += graph.values[entry] / outWeights[column] * current[column]
                }
                next[row] = damping * total
            }
        }
    }

    /// Power iteration around `step`, which must set `next` to `d · M · current`; jumps land
    /// evenly, or by `jumps` (summing to 1) when given.
    private func iterate(count n: Int, isDangling: [Bool], jumps: [Float]? = nil, step: ([Float], inout [Float]) -> Void) -> [Double] {
        var current = [Float](repeating: 1 / Float(n), count: n)
        var next = [Float](repeating: 0, count: n)
        for _ in 0..<maxIterations {
            var danglingMass: Double = 0
            for j in 0..<n where isDangling[j] { danglingMass += Double(current[j]) }
            step(current, &next)
            let jumpMass = Float(1 - damping + damping * danglingMass)
            let teleport = jumpMass / Float(n)
            var change: Double = 0
            for i in 0..<n {
                next[i] += jumps.map { jumpMass * $0[i] } ?? teleport
                change += Double(abs(next[i] - current[i]))
            }
            swap(&current, &next)
            if change < tolerance { break }
        }
        return current.map(Double.init)
    }
}
