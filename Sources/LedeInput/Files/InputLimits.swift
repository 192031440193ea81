/// Size limits that make bad input fail fast instead of exhausting memory
/// (a 500 MB single-line file stops after reading about `maxDocumentBytes`).
public struct InputLimits: Sendable, Hashable, Codable {
    /// The largest document (a JSON line, a CSV record, a plain-text file) in bytes.
    public var maxDocumentBytes: Int = 32 << 20
    /// The largest input file in bytes; `nil` lets a stream of documents be any length.
    public var maxFileBytes: Int? = nil

    /// The defaults above.
    public init() {}

    /// Limits with the given sizes.
    public init(maxDocumentBytes: Int, maxFileBytes: Int? = nil) {
        self.maxDocumentBytes = maxDocumentBytes
        self.maxFileBytes = maxFileBytes
    }

    /// The most bytes a file that is read whole, as one document, may hold.
    var wholeFileBytes: Int { min(maxDocumentBytes, maxFileBytes ?? .max) }
}
