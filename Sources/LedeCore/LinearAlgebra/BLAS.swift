import CBLAS

/// Thin, typed wrappers over the OpenBLAS routines Lede uses (single precision, row-major).
/// This file is the only Swift code that calls CBLAS.
public enum BLAS {
    /// `C = alpha * op(A) * op(B) + beta * C` (sgemm). `op(X)` is `X` or its transpose.
    public static func gemm(
        _ a: DenseMatrix, transposeA: Bool = false, _ b: DenseMatrix, transposeB: Bool = false,
        alpha: Float = 1, beta: Float = 0, into c: inout DenseMatrix
    ) {
        let m = transposeA ? a.columns : a.rows
        let k = transposeA ? a.rows : a.columns
        let n = transposeB ? b.rows : b.columns
        precondition((transposeB ? b.columns : b.rows) == k, "gemm: inner dimensions differ")
        precondition(c.rows == m && c.columns == n, "gemm: output has the wrong shape")
        guard m > 0, n > 0 else { return }
        if k == 0 { scal(beta, &c.elements); return }
        a.elements.withUnsafeBufferPointer { pa in
            b.elements.withUnsafeBufferPointer { pb in
                c.elements.withUnsafeMutableBufferPointer { pc in
                    cblas_sgemm(
                        CblasRowMajor, transposeA ? CblasTrans : CblasNoTrans, transposeB ? CblasTrans : CblasNoTrans,
                        Int32(m), Int32(n), Int32(k), alpha, pa.baseAddress, Int32(a.columns),
                        pb.baseAddress, Int32(b.columns), beta, pc.baseAddress, Int32(n))
                }
            }
        }
    }

    /// The product `op(A) * op(B)` as a new matrix.
    public static func product(
        _ a: DenseMatrix, transposeA: Bool = false, _ b: DenseMatrix, transposeB: Bool = false
    ) -> DenseMatrix {
        var c = DenseMatrix(rows: transposeA ? a.columns : a.rows, columns: transposeB ? b.rows : b.columns)
        gemm(a, transposeA: transposeA, b, transposeB: transposeB, into: &c)
        return c
    }

    /// `y = alpha * op(A) * x + beta * y` (sgemv).
    public static func gemv(
        _ a: DenseMatrix, transpose: Bool = false, _ x: [Float], alpha: Float = 1, beta: Float = 0, into y: inout [Float]
    ) {
        precondition(x.count == (transpose ? a.rows : a.columns) && y.count == (transpose ? a.columns : a.rows))
        guard a.rows > 0, a.columns > 0 else { scal(beta, &y); return }
        a.elements.withUnsafeBufferPointer { pa in
            x.withUnsafeBufferPointer { px in
                y.withUnsafeMutableBufferPointer { py in
                    cblas_sgemv(
                        CblasRowMajor, transpose ? CblasTrans : CblasNoTrans, Int32(a.rows), Int32(a.columns),
                        alpha, pa.baseAddress, Int32(a.columns), px.baseAddress, 1, beta, py.baseAddress, 1)
                }
            }
        }
    }

    /// The Gram matrix `A * Aᵀ` (ssyrk, then mirrored so both triangles are filled): with
    /// unit-length rows this is the cosine-similarity matrix of the rows.
    public static func gram(_ a: DenseMatrix) -> DenseMatrix {
        let n = a.rows
        var c = DenseMatrix(rows: n, columns: n)
        guard n > 0, a.columns > 0 else { return c }
        a.elements.withUnsafeBufferPointer { pa in
            c.elements.withUnsafeMutableBufferPointer { pc in
                cblas_ssyrk(CblasRowMajor, CblasUpper, CblasNoTrans, Int32(n), Int32(a.columns),
                            1, pa.baseAddress, Int32(a.columns), 0, pc.baseAddress, Int32(n))
                for i in 0..<n {
                    for j in 0..<i { pc[i * n + j] = pc[j * n + i] }
                }
            }
        }
        return c
    }

    /// The dot product `x · y` (sdot).
    public static func dot(_ x: [Float], _ y: [Float]) -> Float {
        precondition(x.count == y.count)
        return x.withUnsafeBufferPointer { px in
            y.withUnsafeBufferPointer { py in cblas_sdot(Int32(x.count), px.baseAddress, 1, py.baseAddress, 1) }
        }
    }

    /// The Euclidean norm `‖x‖₂` (snrm2).
    public static func nrm2(_ x: [Float]) -> Float {
        x.withUnsafeBufferPointer { cblas_snrm2(Int32(x.count), $0.baseAddress, 1) }
    }

    /// `y += alpha * x` (saxpy).
    public static func axpy(_ alpha: Float, _ x: [Float], _ y: inout [Float]) {
        precondition(x.count == y.count)
        x.withUnsafeBufferPointer { px in
            y.withUnsafeMutableBufferPointer { py in cblas_saxpy(Int32(x.count), alpha, px.baseAddress, 1, py.baseAddress, 1) }
        }
    }

    /// `y += alpha * x` on raw buffers of `count` elements, for callers already holding pointers.
    @inline(__always)
    public static func axpy(count: Int, _ alpha: Float, _ x: UnsafePointer<Float>, _ y: UnsafeMutablePointer<Float>) {
        cblas_saxpy(Int32(count), alpha, x, 1, y, 1)
    }

    /// `x *= alpha` (sscal).
    public static func scal(_ alpha: Float, _ x: inout [Float]) {
        x.withUnsafeMutableBufferPointer { cblas_sscal(Int32($0.count), alpha, $0.baseAddress, 1) }
    }
}
