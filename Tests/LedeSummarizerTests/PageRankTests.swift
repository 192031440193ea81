import LedeSummarizer
import Testing

@Suite("PageRank")
struct PageRankTests {
    @Test("a three-node path graph gives the hand-computed scores")
    func pathGraph() {
        // a = 0.05 + 0.85·b/2, b = 0.05 + 0.85·(a + c), c = a  ⇒  a = 0.07125 / 0.2775, b = 0.05 + 1.7a.
        let path = DenseMatrix(rows: 3, columns: 3, elements: [0, 1, 0, 1, 0, 1, 0, 1, 0])
        let scores = PageRank(damping: 0.85, tolerance: 1e-9, maxIterations: 200).scores(of: path)
        let a = 0.07125 / 0.2775
        #expect(abs(scores[0] - a) < 1e-5)
        #expect(abs(scores[1] - (0.05 + 1.7 * a)) < 1e-5)
        #expect(abs(scores[2] - a) < 1e-5)
    }

    @Test("a graph without edges gives every node the same score")
    func emptyGraph() {
        let scores = PageRank().scores(of: DenseMatrix(rows: 4, columns: 4))
        #expect(scores.allSatisfy { abs($0 - 0.25) < 1e-7 })
    }

    @Test("a disconnected graph keeps scores summing to one, isolated node lowest")
    func disconnectedGraph() {
        // Nodes 0–1–2 form a triangle, node 3 is alone.
        var graph = DenseMatrix(rows: 4, columns: 4)
        for (i, j) in [(0, 1), (1, 2), (0, 2)] { graph[i, j] = 1; graph[j, i] = 1 }
        let scores = PageRank().scores(of: graph)
        #expect(abs(scores.reduce(0, +) - 1) < 1e-5)
        #expect(scores[3] < scores[0])
        #expect(abs(scores[0] - scores[1]) < 1e-6)
    }

    @Test("the sparse path gives the same scores as the dense one")
    func sparseMatchesDense() {
        let dense = DenseMatrix(rows: 3, columns: 3, elements: [0, 2, 1, 2, 0, 0, 1, 0, 0])
        var sparse = SparseMatrix(columnCount: 3)
        sparse.appendRow(columns: [1, 2], values: [2, 1])
        sparse.appendRow(columns: [0], values: [2])
        sparse.appendRow(columns: [0], values: [1])
        let a = PageRank().scores(of: dense)
        let b = PageRank().scores(ofSparse: sparse)
        for i in 0..<3 { #expect(abs(a[i] - b[i]) < 1e-6) }
        #expect(a[0] > a[1] && a[1] > a[2])
    }

    @Test("a single node scores one")
    func singleNode() {
        #expect(PageRank().scores(of: DenseMatrix(rows: 1, columns: 1)) == [1])
    }
}
