/// Everything that decides how a corpus becomes TF-IDF rows: tokenisation, vocabulary limits
/// and weighting. One definition for the library and the CLI.
public struct VectorizerOptions: Sendable, Hashable, Codable {
    /// How text becomes terms.
    public var tokenizer: TokenizerOptions = .init()
    /// Terms in fewer documents than this are dropped. Default: 1 document (keep all).
    public var minDocumentFrequency: DocumentFrequencyLimit = .count(1)
    /// Terms in more documents than this are dropped. Default: all documents (keep all).
    public var maxDocumentFrequency: DocumentFrequencyLimit = .fraction(1)
    /// Keep at most this many terms, the most frequent. Default: no cap.
    public var maxFeatures: Int? = nil
    /// How counts become weights.
    public var tfidf: TfidfOptions = .init()

    /// The documented defaults.
    public init() {}
}
