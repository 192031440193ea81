/// How inverse document frequency is computed from a term's document frequency `df` among `n`
/// documents (natural logarithms, as scikit-learn).
public enum InverseDocumentFrequency: String, Sendable, Hashable, Codable, CaseIterable {
    /// `ln((1 + n) / (1 + df)) + 1`, as if one extra document held every term (scikit-learn's `smooth_idf=True`).
    case smooth
    /// `ln(n / df) + 1` (scikit-learn's `smooth_idf=False`).
    case plain
    /// No idf weighting (every weight 1).
    case none

    /// The idf of a term with document frequency `df` among `documentCount` documents.
    public func weight(documentFrequency df: Int, documentCount n: Int) -> Double {
        switch self {
        case .smooth: return log(Double(1 + n) / Double(1 + df)) + 1
        case .plain: return df > 0 ? log(Double(n) / Double(df)) + 1 : 1
        case .none: return 1
        }
    }
}

/// How term counts become TF-IDF weights. Defaults match scikit-learn's `TfidfVectorizer`.
public struct TfidfOptions: Sendable, Hashable, Codable {
    /// Replace a count `tf` by `1 + ln(tf)`. Default `false`.
    public var sublinearTF: Bool = false
    /// The idf formula. Default `.smooth`.
    public var idf: InverseDocumentFrequency = .smooth
    /// The row norm applied last. Default `.l2`.
    public var norm: VectorNorm = .l2

    /// The documented defaults.
    public init() {}

    /// The term-frequency weight of a raw count.
    @inline(__always)
    public func termWeight(_ count: Float) -> Float {
        sublinearTF && count > 0 ? 1 + logf(count) : count
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
