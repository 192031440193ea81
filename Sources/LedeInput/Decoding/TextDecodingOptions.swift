/// How ``TextDecoder`` turns bytes into text. The defaults are strict: UTF-8 (or UTF-16 with a
/// byte-order mark), and an error naming the file and line for anything else.
public struct TextDecodingOptions: Sendable, Hashable, Codable {
    /// Decode as this encoding whatever the bytes say (`--encoding`); a byte-order mark for the
    /// same encoding is still removed. `nil` detects: BOM, then `<meta charset>` for HTML, then UTF-8.
    public var encoding: TextEncoding? = nil
    /// Decode bytes that are not valid UTF-8 as Windows-1252 (Latin-1) instead of failing, and
    /// report that in ``DecodedText/warnings``. Off by default because guessing silently is how
    /// `mööse` becomes `m——se`.
    public var fallbackToWindows1252: Bool = false
    /// Whether the bytes are an HTML page whose `<meta charset>` should be honoured;
    /// `nil` decides by the file extension (`.html`, `.htm`, `.xhtml`).
    public var html: Bool? = nil
    /// Refuse bytes that look binary (NUL bytes, a PNG/PDF/ZIP/GZIP signature) with `.binaryInput`.
    public var rejectBinary: Bool = true

    /// The strict defaults above.
    public init() {}

    /// Options with the given settings.
    public init(
        encoding: TextEncoding? = nil, fallbackToWindows1252: Bool = false, html: Bool? = nil,
        rejectBinary: Bool = true
    ) {
        self.encoding = encoding
        self.fallbackToWindows1252 = fallbackToWindows1252
        self.html = html
        self.rejectBinary = rejectBinary
    }
}
