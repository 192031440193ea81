/// Placeholder until the Porter stemmer lands (replaced on merge).
public struct PorterStemmer: Sendable {
    /// Creates a stemmer.
    public init() {}
    /// Stems `word`.
    public func stem(_ word: String) -> String { word }
    /// Stems a lower-case ASCII word in place.
    public func stem(_ word: inout [UInt8]) {}
}
