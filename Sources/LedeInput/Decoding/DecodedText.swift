/// Text decoded by ``TextDecoder``, with the encoding that was used and anything the user
/// should be told (a Latin-1 fallback, a page whose declared charset was wrong).
public struct DecodedText: Sendable, Hashable {
    /// The decoded text, without a byte-order mark; line endings are left as they were.
    public var text: String
    /// The encoding used, e.g. `"UTF-8"` or `"windows-1252"` (a ``TextEncoding`` raw value).
    public var encoding: String
    /// One line per problem worked around, each naming the file (and line when known).
    public var warnings: [String]

    /// Decoded text with the given encoding name and warnings.
    public init(text: String, encoding: String, warnings: [String] = []) {
        self.text = text
        self.encoding = encoding
        self.warnings = warnings
    }
}
