import LedeCore
import Testing

// A = [1 2 3; 4 5 6] (2×3), B = [7 8; 9 10; 11 12] (3×2); products worked out by hand.
private let a = DenseMatrix(rows: 2, columns: 3, elements: [1, 2, 3, 4, 5, 6])
private let b = DenseMatrix(rows: 3, columns: 2, elements: [7, 8, 9, 10, 11, 12])

@Suite("BLAS")
struct BLASTests {
    @Test("gemm multiplies A × B")
    func gemmPlain() {
        #expect(BLAS.product(a, b) == DenseMatrix(rows: 2, columns: 2, elements: [58, 64, 139, 154]))
    }

    @Test("gemm transposes either or both operands")
    func gemmTransposes() {
        // Aᵀ × Aᵀᵀ: (3×2)(2×3)
        #expect(BLAS.product(a, transposeA: true, a) == DenseMatrix(rows: 3, columns: 3, elements: [17, 22, 27, 22, 29, 36, 27, 36, 45]))
        // A × Aᵀ: (2×3)(3×2)
        #expect(BLAS.product(a, a, transposeB: true) == DenseMatrix(rows: 2, columns: 2, elements: [14, 32, 32, 77]))
        // Aᵀ × Bᵀ: (3×2)(2×3) = (B × A)ᵀ; B × A = [39 54 69; 49 68 87; 59 82 105]
        #expect(BLAS.product(a, transposeA: true, b, transposeB: true)
            == DenseMatrix(rows: 3, columns: 3, elements: [39, 49, 59, 54, 68, 82, 69, 87, 105]))
    }

    @Test("gemm scales by alpha and accumulates beta × C")
    func gemmAlphaBeta() {
        var c = DenseMatrix(rows: 2, columns: 2, elements: [1, 1, 1, 1])
        BLAS.gemm(a, b, alpha: 2, beta: 3, into: &c)
        #expect(c == DenseMatrix(rows: 2, columns: 2, elements: [119, 131, 281, 311]))
    }

    @Test("gemm with an empty inner dimension scales C by beta")
    func gemmEmptyInner() {
        var c = DenseMatrix(rows: 2, columns: 2, elements: [1, 2, 3, 4])
        BLAS.gemm(DenseMatrix(rows: 2, columns: 0), DenseMatrix(rows: 0, columns: 2), beta: 0.5, into: &c)
        #expect(c.elements == [0.5, 1, 1.5, 2])
    }

    @Test("gemv multiplies by a vector, transposed or not")
    func gemv() {
        var y: [Float] = [0, 0]
        BLAS.gemv(a, [1, 0, -1], into: &y)
        #expect(y == [-2, -2])
        var z: [Float] = [1, 1, 1]
        BLAS.gemv(a, transpose: true, [1, 2], alpha: 1, beta: 10, into: &z)
        #expect(z == [19, 22, 25])
    }

    @Test("gram fills both triangles of A × Aᵀ")
    func gram() {
        let m = DenseMatrix(rows: 3, columns: 2, elements: [1, 2, 3, 4, 5, 6])
        #expect(BLAS.gram(m) == DenseMatrix(rows: 3, columns: 3, elements: [5, 11, 17, 11, 25, 39, 17, 39, 61]))
        #expect(BLAS.gram(DenseMatrix(rows: 2, columns: 0)) == DenseMatrix(rows: 2, columns: 2))
    }

    @Test("dot, nrm2, axpy and scal compute what they name")
    func levelOne() {
        #expect(BLAS.dot([1, 2, 3], [4, -5, 6]) == 12)
        #expect(BLAS.dot([], []) == 0)
        #expect(BLAS.nrm2([3, 4]) == 5)
        #expect(BLAS.nrm2([]) == 0)
        var y: [Float] = [1, 1, 1]
        BLAS.axpy(2, [1, 2, 3], &y)
        #expect(y == [3, 5, 7])
        var x: [Float] = [1, -2, 4]
        BLAS.scal(0.5, &x)
        #expect(x == [0.5, -1, 2])
    }

    @Test("the pointer form of axpy adds into the target only")
    func pointerAxpy() {
        let x: [Float] = [1, 2, 3, 4]
        var y: [Float] = [10, 10, 10, 10]
        x.withUnsafeBufferPointer { px in
            y.withUnsafeMutableBufferPointer { py in BLAS.axpy(count: 2, -1, px.baseAddress! + 2, py.baseAddress! + 1) }
        }
        #expect(y == [10, 7, 6, 10])
    }
}
